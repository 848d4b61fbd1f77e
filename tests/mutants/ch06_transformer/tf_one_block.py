# target: ch06_transformer
# kind: mutant
# why: always builds one block, whatever num_blocks is
def build_transformer(length, vocab_size, d_model=64, num_heads=4, d_ff=128, num_blocks=1):
    """Embedding + positions + encoder blocks + per-position softmax."""
    inputs = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(inputs)
    h = AddPositionalEncoding()(h)
    h = TransformerEncoderBlock(d_model, num_heads, d_ff)(h)
    outputs = keras.layers.Dense(vocab_size, activation="softmax")(h)
    return keras.Model(inputs, outputs)
    ### END SOLUTION
