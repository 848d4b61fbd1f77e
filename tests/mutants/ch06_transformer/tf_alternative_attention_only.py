# target: ch06_transformer
# kind: alternative
# why: no encoder block: one MultiHeadAttention layer with a residual connection and layer normalisation, 4,938 parameters
def build_transformer(length, vocab_size):
    layers = keras.layers
    inputs = keras.Input((length,), dtype="int32")
    h = AddPositionalEncoding()(layers.Embedding(vocab_size, 32)(inputs))
    h = layers.LayerNormalization()(h + layers.MultiHeadAttention(num_heads=4, key_dim=8)(h, h))
    return keras.Model(inputs, layers.Dense(vocab_size, activation="softmax")(h))
