# target: ch06_decoder_block
# kind: alternative
# why: custom build(x_shape, context_shape) that builds every sublayer explicitly, a leftover debug print in call, ValueError raised before creating anything
class TransformerDecoderBlock(keras.layers.Layer):
    """Post-norm Transformer decoder block: causal self-attention, cross-attention, feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads != 0:
            raise ValueError("d_model % num_heads must be 0, got %d %% %d = %d" % (d_model, num_heads, d_model % num_heads))
        self.d_model = d_model
        self.num_heads = num_heads
        self.d_ff = d_ff
        key_dim = d_model // num_heads
        self.self_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=key_dim)
        self.cross_attention = keras.layers.MultiHeadAttention(num_heads, key_dim=key_dim)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm3 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    def build(self, x_shape, context_shape):
        # Keras passes the shapes of the call arguments x and context
        x_shape, context_shape = tuple(x_shape), tuple(context_shape)
        self.self_attention.build(x_shape, x_shape)
        self.cross_attention.build(x_shape, context_shape)
        for norm in (self.norm1, self.norm2, self.norm3):
            norm.build(x_shape)
        self.ffn_hidden.build(x_shape)
        self.ffn_output.build(x_shape[:-1] + (self.d_ff,))

    def call(self, x, context, context_mask=None):
        print("decoder block:", "x", tuple(x.shape), "context", tuple(context.shape),
              "mask", None if context_mask is None else tuple(context_mask.shape))
        attended = self.self_attention(x, x, use_causal_mask=True)
        u = self.norm1(attended + x)
        if context_mask is None:
            crossed = self.cross_attention(u, context)
        else:
            crossed = self.cross_attention(u, context, context, attention_mask=context_mask)
        v = self.norm2(crossed + u)
        hidden = self.ffn_hidden(v)
        y = self.norm3(self.ffn_output(hidden) + v)
        return y

    def get_config(self):
        base = super().get_config()
        base["d_model"] = self.d_model
        base["num_heads"] = self.num_heads
        base["d_ff"] = self.d_ff
        return base
