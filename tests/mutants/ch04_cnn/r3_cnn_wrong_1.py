# target: ch04_cnn
# kind: mutant
# why: breaks 4.6a: ends with Dense(10, activation="sigmoid") (student thinks sigmoid gives probabilities), so rows are in [0,1] but do not sum to 1; training still works since the loss renormalises
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    model = keras.Sequential([
        keras.Input(shape=(28, 28, 1)),
        keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
        keras.layers.Conv2D(16, 3, padding="same", use_bias=False),
        keras.layers.BatchNormalization(),
        keras.layers.Activation("relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Conv2D(32, 3, padding="same", use_bias=False),
        keras.layers.BatchNormalization(),
        keras.layers.Activation("relu"),
        keras.layers.MaxPooling2D(2),
        keras.layers.Flatten(),
        keras.layers.Dense(10, activation="sigmoid"),  # a probability for each class
    ])
    return model
