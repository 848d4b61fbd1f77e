# target: ch04_cnn
# kind: alternative
# why: custom SeparableBlock layer (SeparableConv2D+BN+ReLU): strided 5x5 Conv2D stem (24, 28->14), SepBlock 48 at 14x14, pool, SepBlock 64 and 64 at 7x7, global average pooling, Dropout, Dense softmax; by hand 11,594 params (696+1,560+3,760+4,928+650) and ~1.57M FLOPs (0.24M+0.54M+0.34M+0.46M+1k)
class SeparableBlock(keras.layers.Layer):
    """SeparableConv2D (3x3, 'same', no bias) -> BatchNormalization -> ReLU."""

    def __init__(self, filters, **kwargs):
        super().__init__(**kwargs)
        self.filters = filters
        self.conv = keras.layers.SeparableConv2D(filters, 3, padding="same", use_bias=False)
        self.norm = keras.layers.BatchNormalization()

    def call(self, x, training=None):
        return keras.ops.relu(self.norm(self.conv(x), training=training))

    def get_config(self):
        return {**super().get_config(), "filters": self.filters}
# %% cell
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    x = keras.layers.Conv2D(24, 5, strides=2, padding="same", use_bias=False)(x)  # 14x14x24
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU()(x)
    x = SeparableBlock(48)(x)                       # 14x14x48
    x = keras.layers.MaxPooling2D()(x)              # 7x7x48
    x = SeparableBlock(64)(x)
    x = SeparableBlock(64)(x)                       # 7x7x64
    x = keras.layers.GlobalAveragePooling2D()(x)
    x = keras.layers.Dropout(0.2)(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs)
