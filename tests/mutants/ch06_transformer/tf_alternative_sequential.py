# target: ch06_transformer
# kind: alternative
# why: the reference design as a Sequential with its widths as defaults

def build_transformer(length, vocab_size, d_model=64, num_heads=4, d_ff=128, num_blocks=1):
    blocks = [TransformerEncoderBlock(d_model, num_heads, d_ff) for _ in range(num_blocks)]
    return keras.Sequential([
        keras.Input(shape=(length,), dtype="int32"),
        keras.layers.Embedding(vocab_size, d_model),
        AddPositionalEncoding(),
        *blocks,
        keras.layers.Dense(vocab_size, activation="softmax"),
    ])
