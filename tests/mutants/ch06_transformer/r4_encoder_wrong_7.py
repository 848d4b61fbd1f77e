# target: ch06_encoder_block
# kind: mutant
# affects: ch06_transformer
# why: breaks 6.5a: key_dim=d_model (every head full width) instead of d_model // num_heads, so the attention has num_heads times too many projection weights and a different scale
class TransformerEncoderBlock(keras.layers.Layer):
    """Post-norm Transformer encoder block: self-attention and a feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads != 0:
            raise ValueError(f"d_model={d_model} must be divisible by num_heads={num_heads}")
        self.d_model = d_model
        self.num_heads = num_heads
        self.d_ff = d_ff
        self.attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def build(self, input_shape):
        super().build(input_shape)

    def call(self, x, attention_mask=None):
        attended = self.attention(x, x, attention_mask=attention_mask)
        u = self.norm1(x + attended)
        return self.norm2(u + self.ffn_output(self.ffn_hidden(u)))

    def get_config(self):
        config = super().get_config()
        config.update({"d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff})
        return config
