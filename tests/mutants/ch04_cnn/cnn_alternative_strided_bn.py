# target: ch04_cnn
# kind: alternative
# why: a functional design of 8,946 parameters and 1.0 million FLOPs: a strided convolution, three conv-BN-ReLU blocks, no augmentation
def build_digit_cnn():
    layers = keras.layers
    inputs = keras.Input((28, 28, 1))
    h = inputs
    for filters, stride, pool in ((8, 1, False), (16, 2, True), (32, 1, True)):
        h = layers.Conv2D(filters, 3, strides=stride, padding="same", use_bias=False)(h)
        h = layers.BatchNormalization()(h)
        h = layers.ReLU()(h)
        if pool:
            h = layers.MaxPooling2D(2)(h)
    h = layers.Flatten()(h)
    return keras.Model(inputs, layers.Dense(10, activation="softmax")(h))
