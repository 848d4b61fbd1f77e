# target: ch06_encoder_block
# kind: mutant
# affects: ch06_transformer
# why: get_config returns only its own three arguments, without the base entries (name, trainable, dtype)
class TransformerEncoderBlock(keras.layers.Layer):
    """Post-norm Transformer encoder block: self-attention and a feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads:
            raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")
        self.d_model, self.num_heads, self.d_ff = d_model, num_heads, d_ff
        self.attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)

    def build(self, input_shape):
        self.attention.build(input_shape, input_shape)
        self.norm1.build(input_shape)
        self.ffn_hidden.build(input_shape)
        self.ffn_output.build(tuple(input_shape[:-1]) + (self.d_ff,))
        self.norm2.build(input_shape)

    def call(self, x, attention_mask=None):
        u = self.norm1(x + self.attention(x, x, x, attention_mask=attention_mask))
        return self.norm2(u + self.ffn_output(self.ffn_hidden(u)))

    def get_config(self):
        return {"d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff}
        ### END SOLUTION
