# target: ch06_transformer
# kind: mutant
# why: a wider model (d_model 128, d_ff 256): it reverses, but has about 134,000 parameters and 2.7 million FLOPs (6.6c)
def build_transformer(length, vocab_size):
    inputs = keras.Input((length,), dtype="int32")
    h = AddPositionalEncoding()(keras.layers.Embedding(vocab_size, 128)(inputs))
    h = TransformerEncoderBlock(128, 4, 256)(h)
    return keras.Model(inputs, keras.layers.Dense(vocab_size, activation="softmax")(h))
