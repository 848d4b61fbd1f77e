# target: ch06_transformer
# kind: alternative
# why: functional pre-norm block written by hand with keras.layers.MultiHeadAttention (d_model 48, 4 heads of 12, d_ff 96, final LayerNorm), sinusoidal positions; by hand 20,026 params (480+9,408+9,360+3x96 LN+490) and ~0.40M FLOPs (10 positions x (18,432 proj + 1,920 attn + 18,432 FFN + 960 out))
def build_transformer(length, vocab_size, d_model=48, num_heads=4, d_ff=96):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    tokens = keras.Input((length,), dtype="int32", name="tokens")
    x = keras.layers.Embedding(vocab_size, d_model)(tokens)
    x = AddPositionalEncoding()(x)
    # pre-norm self-attention sublayer: x + MHA(LN(x))
    h = keras.layers.LayerNormalization(epsilon=1e-6)(x)
    h = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads)(h, h)
    x = keras.layers.Add()([x, h])
    # pre-norm feed-forward sublayer: x + FFN(LN(x))
    h = keras.layers.LayerNormalization(epsilon=1e-6)(x)
    h = keras.layers.Dense(d_ff, activation="relu")(h)
    h = keras.layers.Dense(d_model)(h)
    x = keras.layers.Add()([x, h])
    x = keras.layers.LayerNormalization(epsilon=1e-6)(x)
    probabilities = keras.layers.Dense(vocab_size, activation="softmax")(x)
    return keras.Model(tokens, probabilities, name="prenorm_reverser")
