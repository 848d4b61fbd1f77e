# target: ch04_cnn
# kind: alternative
# why: functional ResNet-style: stem Conv16 at 28x28, pool, one residual block (two Conv16+BN, identity skip) at 14x14, pool, Conv32 at 7x7, 'same' pool to 4x4, Dense softmax; translation+small rotation augmentation; by hand 14,810 params (208+4,736+4,736+5,130) and ~2.49M FLOPs (0.23M+1.81M+0.45M+10k)
def residual_block(x, filters):
    """y = ReLU(x + BN(Conv(ReLU(BN(Conv(x))))))"""
    shortcut = x
    y = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(x)
    y = keras.layers.BatchNormalization()(y)
    y = keras.layers.ReLU()(y)
    y = keras.layers.Conv2D(filters, 3, padding="same", use_bias=False)(y)
    y = keras.layers.BatchNormalization()(y)
    return keras.layers.ReLU()(keras.layers.Add()([shortcut, y]))


def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1), name="digits")
    x = keras.layers.RandomTranslation(0.08, 0.08, fill_mode="constant")(inputs)
    x = keras.layers.RandomRotation(0.03, fill_mode="constant")(x)   # about +-11 degrees
    x = keras.layers.Conv2D(16, 3, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D(2)(x)                # 14x14x16
    x = residual_block(x, 16)
    x = keras.layers.MaxPooling2D(2)(x)                # 7x7x16
    x = keras.layers.Conv2D(32, 3, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D(2, padding="same")(x)  # 4x4x32
    x = keras.layers.Flatten()(x)
    outputs = keras.layers.Dense(10, activation="softmax", name="probabilities")(x)
    return keras.Model(inputs, outputs, name="small_resnet")
