# target: ch06_transformer
# kind: alternative
# why: custom PositionalEmbedding layer (token Embedding scaled by sqrt(d) plus the sinusoidal positional_encoding, as in the TF tutorial), then TransformerEncoderBlock(64, 8, 64) with 8 heads of 8 and a narrow FFN, Dense softmax; by hand 26,506 params (640+16,640+8,320+256+650) and ~0.53M FLOPs (10 x (32,768+2,560+16,384+1,280))
class PositionalEmbedding(keras.layers.Layer):
    """Token embedding times sqrt(d_model) plus sinusoidal positional encodings; (batch, T) ints -> (batch, T, d)."""

    def __init__(self, vocab_size, d_model, **kwargs):
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.d_model = d_model
        self.embedding = keras.layers.Embedding(vocab_size, d_model)

    def call(self, tokens):
        x = self.embedding(tokens) * float(np.sqrt(self.d_model))
        encodings = positional_encoding(tokens.shape[-1], self.d_model)
        return x + keras.ops.convert_to_tensor(encodings, dtype=x.dtype)

    def get_config(self):
        config = super().get_config()
        config.update({"vocab_size": self.vocab_size, "d_model": self.d_model})
        return config
# %% cell
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    inputs = keras.Input((length,), dtype="int32")
    x = PositionalEmbedding(vocab_size, d_model=64)(inputs)
    x = TransformerEncoderBlock(d_model=64, num_heads=8, d_ff=64)(x)
    outputs = keras.layers.Dense(vocab_size, activation="softmax")(x)
    return keras.Model(inputs, outputs)
