# target: ch03_regularised
# kind: alternative
# why: dropout of 0.5 after each hidden layer, Adam at 1e-2, functional API
def build_regularised_mlp(n_inputs, n_classes):
    inputs = keras.Input((n_inputs,))
    h = keras.layers.Dropout(0.5)(keras.layers.Dense(256, activation="relu")(inputs))
    h = keras.layers.Dropout(0.5)(keras.layers.Dense(256, activation="relu")(h))
    model = keras.Model(inputs, keras.layers.Dense(n_classes, activation="softmax")(h))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.SparseCategoricalCrossentropy())
    return model
