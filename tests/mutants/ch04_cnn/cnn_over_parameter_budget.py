# target: ch04_cnn
# kind: mutant
# why: flattens after a single pooling, so the dense layer alone holds 62,730 weights (4.6c)
def build_digit_cnn():
    layers = keras.layers
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(16, 3, padding="same", activation="relu"),
        layers.Conv2D(32, 3, strides=2, padding="same", activation="relu"),
        layers.Flatten(),
        layers.Dense(10, activation="softmax"),
    ])
