# target: ch04_cnn
# kind: mutant
# why: breaks 4.6c (FLOP budget only): two 16-filter 3x3 convs at full 28x28 resolution before pooling, 2*9*(1*16*784 + 16*16*784 + 16*24*196) = 5,193,216 conv FLOPs + 23,520 for the dense layer = 5,216,736 > 5,000,000 (params 144+64+2,304+64+3,456+96+11,770 = 17,898, well under 25,000)
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    # VGG style: two 3x3 convolutions at full resolution see 5x5 pixels before the first pooling
    for filters in (16, 16):
        x = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)  # 9*1*16 = 144, then 9*16*16 = 2,304
        x = keras.layers.BatchNormalization()(x)  # 4*16 = 64 each
        x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 14x14x16
    x = keras.layers.Conv2D(24, 3, padding="same", use_bias=False)(x)  # 9*16*24 = 3,456
    x = keras.layers.BatchNormalization()(x)  # 4*24 = 96
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 7x7x24
    x = keras.layers.Flatten()(x)  # 1,176
    outputs = keras.layers.Dense(10, activation="softmax")(x)  # 1,176*10 + 10 = 11,770
    return keras.Model(inputs, outputs, name="digit_cnn")
