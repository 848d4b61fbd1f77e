# target: ch06_transformer
# kind: mutant
# why: hard-codes the training task's sizes (10 tokens of 10 symbols) instead of using length and vocab_size (6.6a)
def build_transformer(length, vocab_size):
    inputs = keras.Input((10,), dtype="int32")
    h = AddPositionalEncoding()(keras.layers.Embedding(10, 64)(inputs))
    h = TransformerEncoderBlock(64, 4, 128)(h)
    return keras.Model(inputs, keras.layers.Dense(10, activation="softmax")(h))
