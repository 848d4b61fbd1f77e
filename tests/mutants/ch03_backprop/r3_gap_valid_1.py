# target: ch03_regularised
# kind: alternative
# why: Sequential baseline with a moderate L2(1e-3) kernel penalty on all three Dense layers, Adam(1e-2), string loss
def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    model = keras.Sequential([
        keras.Input((n_inputs,)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)),
        keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(1e-3)),
        keras.layers.Dense(n_classes, activation="softmax", kernel_regularizer=keras.regularizers.L2(1e-3)),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2), loss="sparse_categorical_crossentropy")
    return model
