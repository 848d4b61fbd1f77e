# target: ch04_cnn
# kind: alternative
# why: functional API with a helper for the two conv blocks; same layers, same order, same arguments (keyword forms)
def conv_block(inputs, filters):
    """Conv2D (no bias) -> BatchNormalization -> ReLU -> 2x2 max pooling."""
    h = keras.layers.Conv2D(filters=filters, kernel_size=3, padding="same", use_bias=False)(inputs)
    h = keras.layers.BatchNormalization()(h)
    h = keras.layers.Activation("relu")(h)
    return keras.layers.MaxPooling2D(pool_size=2)(h)


def build_digit_cnn(seed=0):
    """The small CNN of Task 4.6 for 28x28x1 digits (uncompiled)."""
    inputs = keras.Input(shape=(28, 28, 1))
    h = keras.layers.RandomTranslation(height_factor=0.1, width_factor=0.1, fill_mode="constant", seed=seed)(inputs)
    h = conv_block(h, 16)
    h = conv_block(h, 32)
    h = keras.layers.Flatten()(h)
    outputs = keras.layers.Dense(10, activation="softmax")(h)
    return keras.Model(inputs=inputs, outputs=outputs, name="digit_cnn")
