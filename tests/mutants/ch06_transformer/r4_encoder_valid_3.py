# target: ch06_encoder_block
# kind: alternative
# why: valid: empty build (sublayers build themselves on first call), extra training argument forwarded to the attention, keras.ops.add for the residuals, config kept in a dict
class TransformerEncoderBlock(keras.layers.Layer):
    """Post-norm Transformer encoder block: self-attention and a feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if num_heads * (d_model // num_heads) != d_model:
            raise ValueError("num_heads has to divide d_model")
        self.block_config = {"d_model": d_model, "num_heads": num_heads, "d_ff": d_ff}
        self.attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def build(self, input_shape):
        pass

    def call(self, x, attention_mask=None, training=None):
        a = self.attention(x, x, attention_mask=attention_mask, training=training)
        u = self.norm1(keras.ops.add(x, a))
        f = self.ffn_output(self.ffn_hidden(u))
        return self.norm2(keras.ops.add(u, f))

    def get_config(self):
        config = super().get_config()
        for key, value in self.block_config.items():
            config[key] = value
        return config
