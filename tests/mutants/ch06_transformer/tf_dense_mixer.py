# target: ch06_transformer
# kind: mutant
# why: no attention at all: a dense layer over the flattened embeddings learns the reversal as a fixed map (6.6b)
def build_transformer(length, vocab_size):
    layers = keras.layers
    inputs = keras.Input((length,), dtype="int32")
    h = layers.Flatten()(layers.Embedding(vocab_size, 16)(inputs))
    h = layers.Dense(length * vocab_size)(h)
    return keras.Model(inputs, layers.Softmax()(layers.Reshape((length, vocab_size))(h)))
