# target: ch04_cnn
# kind: alternative
# why: (written as a 4.6d mistake, graded valid) Dropout(0.25)(x, training=True) in a functional model: Keras 3's predict and evaluate pass training=False, which overrides it, so predictions stay deterministic as 4.6d asks
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    for filters in (16, 32):
        x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
        x = keras.layers.BatchNormalization()(x)
        x = keras.layers.Activation("relu")(x)
        x = keras.layers.MaxPooling2D()(x)
    x = keras.layers.Flatten()(x)
    x = keras.layers.Dropout(0.25)(x, training=True)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs=inputs, outputs=outputs)
