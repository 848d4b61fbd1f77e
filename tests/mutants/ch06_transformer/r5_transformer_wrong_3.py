# target: ch06_transformer
# kind: mutant
# why: breaks 6.6c (parameter budget only): d_ff = 176 sized on the block alone (16,640 + 22,768 + 256 = 39,664), forgetting the Embedding (640) and output Dense (650): 40,954 > 40,000 params; FLOPs 327,680 + 450,560 + 25,600 + 12,800 = 816,640 < 1,000,000
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model, num_heads = 64, 4
    # widest feed-forward network whose block fits 40,000: 4(d^2 + d) + 2 d d_ff + d_ff + d + 4d <= 40,000
    d_ff = 176
    tokens = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(tokens)  # 640
    h = AddPositionalEncoding()(h)
    h = TransformerEncoderBlock(d_model, num_heads, d_ff)(h)  # 39,664
    probabilities = keras.layers.Dense(vocab_size, activation="softmax")(h)  # 650
    return keras.Model(tokens, probabilities, name="reverser")
