# target: ch06_decoder_block
# kind: mutant
# why: pre-norm residuals (GPT-2 style) where the task asks for post-norm
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
        h = self.norm1(x)
        x = x + self.self_attention(h, h, use_causal_mask=True)
        x = x + self.cross_attention(self.norm2(x), context, attention_mask=context_mask)
        return x + self.ffn_output(self.ffn_hidden(self.norm3(x)))

    def get_config(self):
        return {**super().get_config(), "d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff}
