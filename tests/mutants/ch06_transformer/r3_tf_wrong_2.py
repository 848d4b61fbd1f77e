# target: ch06_transformer
# kind: mutant
# why: breaks 6.6b: writes the block by hand and implements the position-wise feed-forward network with Conv1D(kernel_size=1) layers ("a 1x1 convolution is a per-position dense layer"), so the model holds convolution layers; 34,762 params, ~0.69M FLOPs
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model, num_heads, d_ff = 64, 4, 128
    tokens = keras.Input((length,), dtype="int32")
    x = keras.layers.Embedding(vocab_size, d_model)(tokens)
    x = AddPositionalEncoding()(x)
    attended = keras.layers.MultiHeadAttention(num_heads, key_dim=d_model // num_heads)(x, x)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(x + attended)
    # position-wise feed-forward network as 1x1 convolutions
    hidden = keras.layers.Conv1D(d_ff, kernel_size=1, activation="relu")(x)
    hidden = keras.layers.Conv1D(d_model, kernel_size=1)(hidden)
    x = keras.layers.LayerNormalization(epsilon=1e-6)(x + hidden)
    outputs = keras.layers.Dense(vocab_size, activation="softmax")(x)
    return keras.Model(tokens, outputs)
