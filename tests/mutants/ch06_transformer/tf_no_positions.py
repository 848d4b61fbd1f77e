# target: ch06_transformer
# kind: mutant
# why: leaves out the positional encodings: attention alone cannot tell positions apart, so nothing can be reversed (6.6d)
def build_transformer(length, vocab_size, d_model=64, num_heads=4, d_ff=128, num_blocks=1):
    """Embedding + positions + encoder blocks + per-position softmax."""
    inputs = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(inputs)
    for _ in range(num_blocks):
        h = TransformerEncoderBlock(d_model, num_heads, d_ff)(h)
    outputs = keras.layers.Dense(vocab_size, activation="softmax")(h)
    return keras.Model(inputs, outputs)
    ### END SOLUTION
