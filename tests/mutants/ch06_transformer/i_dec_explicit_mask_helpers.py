# target: ch06_decoder_block
# kind: alternative
# why: builds the (B, T, T) causal mask itself with keras.ops and passes it as attention_mask; helper methods for the mask, the FFN and a residual sublayer
class TransformerDecoderBlock(keras.layers.Layer):
    """Post-norm Transformer decoder block: causal self-attention, cross-attention, feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        self._check_heads(d_model, num_heads)
        self.d_model, self.num_heads, self.d_ff = d_model, num_heads, d_ff
        self.self_attention = self._make_attention()
        self.cross_attention = self._make_attention()
        self.norm1, self.norm2, self.norm3 = (keras.layers.LayerNormalization(epsilon=1e-6) for _ in range(3))
        self.ffn_hidden = keras.layers.Dense(d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(d_model)

    @staticmethod
    def _check_heads(d_model, num_heads):
        if d_model % num_heads != 0:
            raise ValueError(f"num_heads={num_heads} does not divide d_model={d_model}")

    def _make_attention(self):
        return keras.layers.MultiHeadAttention(self.num_heads, key_dim=self.d_model // self.num_heads)

    @staticmethod
    def _causal_mask(x):
        """Boolean (B, T, T): query t may attend to key s iff s <= t."""
        batch, length = keras.ops.shape(x)[0], keras.ops.shape(x)[1]
        positions = keras.ops.arange(length)
        allowed = keras.ops.greater_equal(keras.ops.expand_dims(positions, 1), keras.ops.expand_dims(positions, 0))
        return keras.ops.broadcast_to(keras.ops.expand_dims(allowed, 0), (batch, length, length))

    def _feed_forward(self, v):
        return self.ffn_output(self.ffn_hidden(v))

    @staticmethod
    def _add_and_norm(norm, residual, update):
        return norm(residual + update)

    def call(self, x, context, context_mask=None):
        causal = self._causal_mask(x)
        u = self._add_and_norm(self.norm1, x, self.self_attention(x, x, attention_mask=causal))
        v = self._add_and_norm(self.norm2, u, self.cross_attention(u, context, attention_mask=context_mask))
        return self._add_and_norm(self.norm3, v, self._feed_forward(v))

    def get_config(self):
        return {**super().get_config(), "d_model": self.d_model, "num_heads": self.num_heads, "d_ff": self.d_ff}
