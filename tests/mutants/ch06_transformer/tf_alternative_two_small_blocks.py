# target: ch06_transformer
# kind: alternative
# why: two narrow encoder blocks (d_model 32, 4 heads, d_ff 64): 17,738 parameters
def build_transformer(length, vocab_size):
    inputs = keras.Input((length,), dtype="int32")
    h = AddPositionalEncoding()(keras.layers.Embedding(vocab_size, 32)(inputs))
    for _ in range(2):
        h = TransformerEncoderBlock(32, 4, 64)(h)
    return keras.Model(inputs, keras.layers.Dense(vocab_size, activation="softmax")(h))
