# target: ch04_cnn
# kind: mutant
# why: breaks 4.6c (FLOP budget): VGG-style conv-conv-pool keeps the 16->32 convolution at full 28x28 resolution; params 20,634 (fine) but ~7.48M FLOPs > 5M
def conv_bn_relu(x, filters):
    x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    return keras.layers.ReLU()(x)


def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1)(inputs)
    x = conv_bn_relu(x, 16)
    x = conv_bn_relu(x, 32)          # VGG: stack the convolutions, then pool
    x = keras.layers.MaxPooling2D(4)(x)  # 28 -> 7 in one go
    x = keras.layers.Flatten()(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)
