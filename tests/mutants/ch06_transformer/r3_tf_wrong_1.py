# target: ch06_transformer
# kind: mutant
# why: breaks 6.6a: output layer is Dense(length, softmax) instead of Dense(vocab_size), so the shape is (batch, length, length); identical to the reference when length == vocab_size == 10 (34,762 params, 0.69M FLOPs) but wrong for other sizes
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    tokens = keras.Input((length,), dtype="int32")
    x = keras.layers.Embedding(vocab_size, 64)(tokens)
    x = AddPositionalEncoding()(x)
    x = TransformerEncoderBlock(64, 4, 128)(x)
    # one distribution per output position
    probabilities = keras.layers.Dense(length, activation="softmax")(x)
    return keras.Model(tokens, probabilities)
