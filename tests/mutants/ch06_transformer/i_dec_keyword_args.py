# target: ch06_decoder_block
# kind: alternative
# why: calls the attentions with keyword arguments (query=, value=, key=) and passes key explicitly; hyperparameters kept under other attribute names
class TransformerDecoderBlock(keras.layers.Layer):
    """Post-norm Transformer decoder block: causal self-attention, cross-attention, feed-forward network."""

    def __init__(self, d_model, num_heads, d_ff, **kwargs):
        super().__init__(**kwargs)
        if d_model % num_heads:
            raise ValueError(f"d_model ({d_model}) has to be divisible by num_heads ({num_heads})")
        self.model_dim = d_model
        self.heads = num_heads
        self.hidden_dim = d_ff
        head_size = d_model // num_heads
        self.self_attention = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=head_size)
        self.cross_attention = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=head_size)
        self.norm1 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm2 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.norm3 = keras.layers.LayerNormalization(epsilon=1e-6)
        self.ffn_hidden = keras.layers.Dense(units=d_ff, activation="relu")
        self.ffn_output = keras.layers.Dense(units=d_model)

    def call(self, x, context, context_mask=None):
        self_attn = self.self_attention(query=x, value=x, key=x, use_causal_mask=True)
        u = self.norm1(x + self_attn)
        cross_attn = self.cross_attention(query=u, value=context, key=context, attention_mask=context_mask)
        v = self.norm2(u + cross_attn)
        ffn = self.ffn_output(self.ffn_hidden(v))
        y = self.norm3(v + ffn)
        return y

    def get_config(self):
        config = super().get_config()
        config.update(
            {
                "d_model": self.model_dim,
                "num_heads": self.heads,
                "d_ff": self.hidden_dim,
            }
        )
        return config
