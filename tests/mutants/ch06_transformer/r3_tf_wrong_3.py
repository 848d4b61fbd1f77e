# target: ch06_transformer
# kind: mutant
# why: breaks 6.6c: follows "the usual choice d_ff = 4d" with d_model 64, so TransformerEncoderBlock(64, 4, 256) gives 51,274 params > 40,000 (and ~1.02M FLOPs > 1M)
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model = 64
    model = keras.Sequential([
        keras.Input((length,), dtype="int32"),
        keras.layers.Embedding(vocab_size, d_model),
        AddPositionalEncoding(),
        TransformerEncoderBlock(d_model, num_heads=4, d_ff=4 * d_model),
        keras.layers.Dense(vocab_size, activation="softmax"),
    ])
    return model
