# target: ch06_transformer
# kind: mutant
# why: breaks 6.6a for length > 10 only: the sinusoidal table is precomputed for MAX_POSITIONS = 10 and sliced to the input length, so build_transformer(12, v) fails to broadcast (12 vs 10 positions); lengths 2..10 work; otherwise the reference design (34,762 params, 0.69M FLOPs)
MAX_POSITIONS = 10  # the sequences of this chapter are ten tokens long


class TablePositions(keras.layers.Layer):
    """Adds a precomputed table of sinusoidal encodings, cut to the input length; no weights."""

    def __init__(self, d_model, **kwargs):
        super().__init__(**kwargs)
        self.d_model = d_model
        self.table = positional_encoding(MAX_POSITIONS, d_model).astype("float32")  # computed once, not per call

    def call(self, x):
        return x + self.table[: x.shape[1]]

    def get_config(self):
        config = super().get_config()
        config.update({"d_model": self.d_model})
        return config


def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model = 64
    tokens = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(tokens)  # vocab_size * 64
    h = TablePositions(d_model)(h)
    h = TransformerEncoderBlock(d_model, 4, 128)(h)  # 33,472
    probabilities = keras.layers.Dense(vocab_size, activation="softmax")(h)  # 64 * vocab_size + vocab_size
    return keras.Model(tokens, probabilities, name="reverser")
