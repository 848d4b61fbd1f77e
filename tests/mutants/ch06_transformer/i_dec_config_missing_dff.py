# target: ch06_decoder_block
# kind: mutant
# why: get_config forgets d_ff, so TransformerDecoderBlock.from_config(config) raises TypeError
class TransformerDecoderBlock(keras.layers.Layer):
    """Post-norm Transformer decoder block: causal self-attention, cross-attention, feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads != 0:
            raise ValueError("d_model must be divisible by num_heads")
        self.d_model = d_model
        self.num_heads = num_heads
        self.self_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.cross_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm3 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def call(self, x, context, context_mask=None):
        u = self.norm1(x + self.self_attention(x, x, use_causal_mask=True))
        v = self.norm2(u + self.cross_attention(u, context, attention_mask=context_mask))
        return self.norm3(v + self.ffn_output(self.ffn_hidden(v)))

    def get_config(self):
        config = super().get_config()
        config.update({"d_model": self.d_model, "num_heads": self.num_heads})
        return config
