# target: ch06_transformer
# kind: mutant
# why: breaks 6.6d: leaves out the positional encoding ("attention already sees the whole sequence"), so the model is permutation-equivariant, cannot tell output position i where to look, and cannot learn reversal; budgets fine (34,762 params, 0.69M FLOPs)
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    tokens = keras.Input(shape=(length,), dtype="int32")
    embedded = keras.layers.Embedding(input_dim=vocab_size, output_dim=64)(tokens)
    encoded = TransformerEncoderBlock(d_model=64, num_heads=4, d_ff=128)(embedded)
    probabilities = keras.layers.Dense(vocab_size, activation="softmax")(encoded)
    return keras.Model(inputs=tokens, outputs=probabilities)
