# target: ch06_encoder_block
# kind: alternative
# why: valid: checks divisibility before super().__init__, leaves building to super().build, a feed_forward helper method, keyword query/value/key call, dict-merge get_config, shape print in call
class TransformerEncoderBlock(keras.layers.Layer):
    """Post-norm Transformer encoder block: self-attention and a feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        if d_model % num_heads:
            raise ValueError("d_model must be a multiple of num_heads")
        super().__init__(**kwargs)
        self.d_model, self.num_heads, self.d_ff = d_model, num_heads, d_ff
        head_size = d_model // num_heads
        self.attention = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=head_size)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def build(self, input_shape):
        super().build(input_shape)

    def feed_forward(self, u):
        return self.ffn_output(self.ffn_hidden(u))

    def call(self, x, attention_mask=None):
        print("encoder block input:", x.shape)
        attn_out = self.attention(query=x, value=x, key=x, attention_mask=attention_mask)
        u = self.norm1(x + attn_out)
        y = self.norm2(u + self.feed_forward(u))
        return y

    def get_config(self):
        base = super().get_config()
        return {**base, "d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff}
