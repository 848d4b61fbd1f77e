# target: ch04_cnn
# kind: mutant
# why: a single convolution followed by a dense classifier: it clears 95% but is not the two-convolution network the task asks for (4.6b)
def build_digit_cnn():
    layers = keras.layers
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(12, 5, strides=2, padding="same", activation="relu"),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(40, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ])
