# target: ch06_transformer
# kind: alternative
# why: learned position vectors instead of the sinusoidal encodings, with a width of 48
# %% cell
class LearnedPositions(keras.layers.Layer):
    """Adds a learned vector per position (a weight of shape (length, d))."""

    def build(self, input_shape):
        self.table = self.add_weight(shape=tuple(input_shape[1:]), initializer="random_normal")

    def call(self, x):
        return x + self.table
# %% cell
def build_transformer(length, vocab_size):
    inputs = keras.Input((length,), dtype="int32")
    h = LearnedPositions()(keras.layers.Embedding(vocab_size, 48)(inputs))
    h = TransformerEncoderBlock(48, 4, 96)(h)
    return keras.Model(inputs, keras.layers.Dense(vocab_size, activation="softmax")(h))
