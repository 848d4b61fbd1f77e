# target: ch06_transformer
# kind: mutant
# why: a final Dense without softmax: the outputs are not probabilities (6.6a)
def build_transformer(length, vocab_size, d_model=64, num_heads=4, d_ff=128, num_blocks=1):
    """Embedding + positions + encoder blocks + per-position softmax."""
    inputs = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(inputs)
    h = AddPositionalEncoding()(h)
    for _ in range(num_blocks):
        h = TransformerEncoderBlock(d_model, num_heads, d_ff)(h)
    outputs = keras.layers.Dense(vocab_size)(h)
    return keras.Model(inputs, outputs)
    ### END SOLUTION
