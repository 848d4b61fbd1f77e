# target: ch04_cnn
# kind: alternative
# why: a functional design with strided convolutions instead of pooling, batch normalisation, dropout and global average pooling
def build_digit_cnn():
    layers = keras.layers
    inputs = keras.Input((28, 28, 1))
    h = inputs
    for filters, stride in ((16, 1), (32, 2), (48, 2)):
        h = layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False)(h)
        h = layers.BatchNormalization()(h)
        h = layers.ReLU()(h)
    h = layers.GlobalAveragePooling2D()(h)
    h = layers.Dropout(0.1)(h)
    return keras.Model(inputs, layers.Dense(10, activation="softmax")(h))
