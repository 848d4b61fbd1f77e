# target: ch06_transformer
# kind: mutant
# why: masks the self-attention causally, as a decoder would: the first outputs cannot see the last inputs they must copy (6.6d)
def build_transformer(length, vocab_size):
    inputs = keras.Input((length,), dtype="int32")
    h = AddPositionalEncoding()(keras.layers.Embedding(vocab_size, 64)(inputs))
    causal = keras.ops.tril(keras.ops.ones((length, length), dtype="bool"))[None]
    h = TransformerEncoderBlock(64, 4, 128)(h, attention_mask=causal)
    return keras.Model(inputs, keras.layers.Dense(vocab_size, activation="softmax")(h))
