# target: ch04_cnn
# kind: mutant
# why: breaks 4.6b: a keras.layers.MultiHeadAttention (2 heads, key_dim 8, 2,128 params) hidden inside a custom SpatialSelfAttention layer over the 7x7 map; budgets fine: 20,634 + 2,128 = 22,762 params, about 2.06M + 0.35M = 2.42M FLOPs
class SpatialSelfAttention(keras.layers.Layer):
    """Self-attention over the positions of a feature map, with a residual connection."""

    def __init__(self, num_heads=2, key_dim=8, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.key_dim = key_dim
        self.attention = keras.layers.MultiHeadAttention(num_heads, key_dim)

    def call(self, x):
        height, width, channels = x.shape[1], x.shape[2], x.shape[3]
        tokens = keras.ops.reshape(x, (-1, height * width, channels))
        mixed = tokens + self.attention(tokens, tokens)
        return keras.ops.reshape(mixed, (-1, height, width, channels))

    def get_config(self):
        config = super().get_config()
        config.update({"num_heads": self.num_heads, "key_dim": self.key_dim})
        return config


def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    x = keras.layers.Conv2D(16, 3, padding="same", use_bias=False)(x)  # 144
    x = keras.layers.BatchNormalization()(x)  # 64
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 14x14x16
    x = keras.layers.Conv2D(32, 3, padding="same", use_bias=False)(x)  # 4,608
    x = keras.layers.BatchNormalization()(x)  # 128
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 7x7x32
    # let every position look at the whole digit: 3*(32*2*8 + 16) + (2*8*32 + 32) = 2,128
    x = SpatialSelfAttention(num_heads=2, key_dim=8)(x)
    x = keras.layers.Flatten()(x)  # 1,568
    outputs = keras.layers.Dense(10, activation="softmax")(x)  # 15,690
    return keras.Model(inputs, outputs, name="digit_cnn")
