# target: ch04_cnn
# kind: alternative
# why: the functional API with a helper for the conv-BN-ReLU-pool block
def _block(x, filters):
    x = keras.layers.Conv2D(filters, (3, 3), padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.Activation("relu")(x)
    return keras.layers.MaxPooling2D(pool_size=(2, 2))(x)


def build_digit_cnn():
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(height_factor=0.1, width_factor=0.1, fill_mode="constant")(inputs)
    x = _block(_block(x, 16), 32)
    outputs = keras.layers.Dense(10, activation="softmax")(keras.layers.Flatten()(x))
    return keras.Model(inputs, outputs, name="digit_cnn")
