# target: ch06_transformer
# kind: mutant
# why: breaks 6.6b: the per-position output layer is a Conv1D(vocab_size, 1, softmax) (a 1x1 convolution, 64*10 + 10 = 650 params, same as the Dense) hidden inside a nested keras.Sequential head; otherwise the reference design, 34,762 params, 0.69M FLOPs
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model = 64
    tokens = keras.Input((length,), dtype="int32")
    h = keras.layers.Embedding(vocab_size, d_model)(tokens)  # 640
    h = AddPositionalEncoding()(h)
    h = TransformerEncoderBlock(d_model, 4, 128)(h)  # 33,472
    # a kernel-size-1 convolution is a dense layer applied at every position
    head = keras.Sequential([keras.layers.Conv1D(vocab_size, 1, activation="softmax")], name="per_position_head")
    return keras.Model(tokens, head(h), name="reverser")
