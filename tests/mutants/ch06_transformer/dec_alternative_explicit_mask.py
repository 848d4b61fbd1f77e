# target: ch06_decoder_block
# kind: alternative
# why: builds the causal mask itself with keras.ops.tril and names intermediate results
class TransformerDecoderBlock(keras.layers.Layer):
    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads:
            raise ValueError(f"d_model={d_model} is not divisible by num_heads={num_heads}")
        self.d_model, self.num_heads, self.d_ff = d_model, num_heads, d_ff
        self.self_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.cross_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm3 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def call(self, x, context, context_mask=None):
        steps = keras.ops.shape(x)[1]
        causal = keras.ops.tril(keras.ops.ones((steps, steps), dtype="bool"))[None]
        attended = self.self_attention(query=x, value=x, key=x, attention_mask=causal)
        u = self.norm1(x + attended)
        looked_up = self.cross_attention(query=u, value=context, key=context, attention_mask=context_mask)
        v = self.norm2(u + looked_up)
        hidden = self.ffn_hidden(v)
        return self.norm3(v + self.ffn_output(hidden))

    def get_config(self):
        config = super().get_config()
        config.update(d_model=self.d_model, num_heads=self.num_heads, d_ff=self.d_ff)
        return config
