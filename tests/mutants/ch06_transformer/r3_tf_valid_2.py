# target: ch06_transformer
# kind: alternative
# why: Sequential, narrower but deeper: Embedding(vocab, 32), AddPositionalEncoding, two TransformerEncoderBlock(32, 2, 64), Dense softmax; by hand 17,738 params (320+2x8,544+330) and ~0.36M FLOPs (10 x (2 x 17,664 + 640))
def build_transformer(length, vocab_size):
    """A Keras model from (batch, length) int32 tokens to per-position probabilities over vocab_size symbols."""
    d_model, heads, d_ff = 32, 2, 64
    model = keras.Sequential(name="two_block_reverser")
    model.add(keras.Input(shape=(length,), dtype="int32"))
    model.add(keras.layers.Embedding(vocab_size, d_model))
    model.add(AddPositionalEncoding())
    for block_number in range(2):
        model.add(TransformerEncoderBlock(d_model, heads, d_ff))
    model.add(keras.layers.Dense(vocab_size, activation="softmax"))
    print(f"{model.count_params():,} parameters")
    return model
