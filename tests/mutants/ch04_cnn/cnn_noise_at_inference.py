# target: ch04_cnn
# kind: mutant
# why: augments with random noise in a Lambda layer, which runs in inference too, so predictions change from call to call (4.6d)
def build_digit_cnn():
    layers = keras.layers
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Lambda(lambda x: x + keras.random.normal(keras.ops.shape(x), stddev=0.05)),
        layers.Conv2D(16, 3, padding="same", use_bias=False),
        layers.BatchNormalization(),
        layers.Activation("relu"),
        layers.MaxPooling2D(2),
        layers.Conv2D(32, 3, padding="same", use_bias=False),
        layers.BatchNormalization(),
        layers.Activation("relu"),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(10, activation="softmax"),
    ])
