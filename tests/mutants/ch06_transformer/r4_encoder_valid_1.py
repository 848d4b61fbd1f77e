# target: ch06_encoder_block
# kind: alternative
# why: valid: build() builds every sublayer explicitly for the input shape before super().build; config via config.update
class TransformerEncoderBlock(keras.layers.Layer):
    """Post-norm Transformer encoder block: self-attention and a feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads != 0:
            raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")
        self.d_model = d_model
        self.num_heads = num_heads
        self.d_ff = d_ff
        self.attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def build(self, input_shape):
        shape = tuple(input_shape)
        self.attention.build(shape, shape)
        self.norm1.build(shape)
        self.ffn_hidden.build(shape)
        self.ffn_output.build(shape[:-1] + (self.d_ff,))
        self.norm2.build(shape)
        super().build(input_shape)

    def call(self, x, attention_mask=None):
        attended = self.attention(x, x, attention_mask=attention_mask)
        u = self.norm1(x + attended)
        hidden = self.ffn_hidden(u)
        return self.norm2(u + self.ffn_output(hidden))

    def get_config(self):
        config = super().get_config()
        config.update({"d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff})
        return config
