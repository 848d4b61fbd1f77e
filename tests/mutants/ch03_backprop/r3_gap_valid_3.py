# target: ch03_regularised
# kind: alternative
# why: helper builds each hidden block as Dense(256, relu, L2(5e-4)) + Dropout(0.3); AdamW with decoupled decay, metric and a debug print
def hidden_block(units, rate, l2):
    """A ReLU Dense layer with an L2 penalty on its kernel, followed by dropout."""
    return [keras.layers.Dense(units, activation="relu", kernel_regularizer=keras.regularizers.L2(l2)),
            keras.layers.Dropout(rate)]


def build_regularised_mlp(n_inputs, n_classes):
    """The baseline MLP (two hidden layers of 256 ReLU units), regularised and compiled."""
    layers = [keras.Input(shape=(n_inputs,))]
    for _ in range(2):
        layers += hidden_block(256, rate=0.3, l2=5e-4)
    layers.append(keras.layers.Dense(n_classes, activation="softmax"))
    model = keras.Sequential(layers)
    model.compile(optimizer=keras.optimizers.AdamW(learning_rate=1e-2, weight_decay=1e-2),
                  loss="sparse_categorical_crossentropy",
                  metrics=["sparse_categorical_accuracy"])
    print("regularised MLP:", model.count_params(), "parameters")
    return model
