# target: ch04_cnn
# kind: alternative
# why: two strided convolutions with biases and no pooling or normalisation, then dropout: 17,602 parameters, 0.8 million FLOPs
def build_digit_cnn():
    layers = keras.layers
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(24, 5, strides=2, padding="same", activation="relu"),
        layers.Conv2D(24, 3, strides=2, padding="same", activation="relu"),
        layers.Flatten(),
        layers.Dropout(0.2),
        layers.Dense(10, activation="softmax"),
    ])
