# target: ch03_regularised
# kind: alternative
# why: no layer changes at all: decoupled weight decay of 0.5 through AdamW
def build_regularised_mlp(n_inputs, n_classes):
    model = keras.Sequential([keras.Input((n_inputs,)), keras.layers.Dense(256, activation="relu"),
                              keras.layers.Dense(256, activation="relu"), keras.layers.Dense(n_classes, activation="softmax")])
    model.compile(keras.optimizers.AdamW(learning_rate=0.01, weight_decay=0.5), "sparse_categorical_crossentropy", metrics=["accuracy"])
    return model
