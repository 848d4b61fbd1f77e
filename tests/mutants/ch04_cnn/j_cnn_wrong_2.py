# target: ch04_cnn
# kind: mutant
# why: item 1 "RandomTranslation(0.1, 0.1, fill_mode="constant", seed=seed) ... zeros shifted in": fill_mode left at its default ("reflect")
def build_digit_cnn(seed=0):
    """The small CNN of Task 4.6 for 28x28x1 digits (uncompiled)."""
    layers = keras.layers
    return keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        layers.RandomTranslation(0.1, 0.1, seed=seed),
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
