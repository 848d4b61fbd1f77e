# target: ch06_encoder_block
# kind: alternative
# why: no build(): sublayers build on the first call; ops.add for the residuals

class TransformerEncoderBlock(keras.layers.Layer):
    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads != 0:
            raise ValueError("num_heads must divide d_model")
        self.d_model = d_model
        self.num_heads = num_heads
        self.d_ff = d_ff
        self.attention = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def call(self, x, attention_mask=None):
        attended = self.attention(query=x, value=x, attention_mask=attention_mask)
        u = self.norm1(keras.ops.add(x, attended))
        return self.norm2(keras.ops.add(u, self.ffn_output(self.ffn_hidden(u))))

    def get_config(self):
        config = super().get_config()
        config.update(d_model=self.d_model, num_heads=self.num_heads, d_ff=self.d_ff)
        return config
