# target: ch03_regularised
# kind: alternative
# why: valid: model.add style; same three Dense layers (256 relu, 256 relu, n_classes softmax) with an L2(1e-3) penalty on the hidden kernels and Dropout(0.3) after each hidden layer; Adam(1e-2) as the baseline, sparse categorical cross-entropy loss.
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(n_inputs,)))
    model.add(keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)))
    model.add(keras.layers.Dropout(0.3))
    model.add(keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)))
    model.add(keras.layers.Dropout(0.3))
    model.add(keras.layers.Dense(n_classes, activation="softmax"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss="sparse_categorical_crossentropy")
    return model
