# target: ch03_regularised
# kind: alternative
# why: valid: functional API (a keras.Model) with a helper for the hidden blocks; Dense layers 256 relu, 256 relu, n_classes softmax in that order, each kernel with L2(5e-4), Dropout(0.4) after each hidden layer; Adam(1e-2) and a SparseCategoricalCrossentropy loss object.
def hidden_block(x, penalty, rate):
    """Dense(256, relu) with an L2 kernel penalty, then dropout."""
    x = keras.layers.Dense(256, activation="relu", kernel_regularizer=keras.regularizers.L2(penalty))(x)
    return keras.layers.Dropout(rate)(x)


def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    inputs = keras.Input(shape=(int(n_inputs),))
    x = hidden_block(inputs, 5e-4, 0.4)
    x = hidden_block(x, 5e-4, 0.4)
    outputs = keras.layers.Dense(int(n_classes), activation="softmax",
                                 kernel_regularizer=keras.regularizers.L2(5e-4))(x)
    model = keras.Model(inputs=inputs, outputs=outputs, name="regularised_mlp")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2),
                  loss=keras.losses.SparseCategoricalCrossentropy())
    print(type(model).__name__, [layer.name for layer in model.layers])
    return model
