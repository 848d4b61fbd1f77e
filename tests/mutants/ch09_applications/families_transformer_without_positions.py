# target: ch09_families
# kind: mutant
# why: the Transformer has no positional information, so mean pooling makes it blind to row order
def build_mlp(input_shape=(28, 28), n_classes=10):
    """A multilayer perceptron from images of shape `input_shape` to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Flatten(),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(n_classes),
    ])


def build_cnn(input_shape=(28, 28), n_classes=10):
    """A small convolutional network from images of shape `input_shape` to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Reshape((*input_shape, 1)),
        keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(32, 3, padding="same", activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(n_classes),
    ])


def build_gru(input_shape=(28, 28), n_classes=10):
    """A GRU that reads the image row by row, then a dense layer to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.GRU(64),
        keras.layers.Dense(n_classes),
    ])


class RowPositions(keras.layers.Layer):
    """Adds a learned vector to each token: the position of its row."""

    def build(self, input_shape):
        self.table = self.add_weight(shape=tuple(input_shape[1:]), initializer="random_normal", name="table")

    def call(self, tokens):
        return tokens + self.table


def build_transformer(input_shape=(28, 28), n_classes=10):
    """One Transformer encoder block over the rows as tokens, then pooling and class logits."""
    d_model, heads = 32, 2
    inputs = keras.Input(shape=input_shape)
    h = keras.layers.Dense(d_model)(inputs)
    attended = keras.layers.MultiHeadAttention(heads, d_model // heads)(h, h)
    h = keras.layers.LayerNormalization()(h + attended)
    hidden = keras.layers.Dense(2 * d_model, activation="relu")(h)
    h = keras.layers.LayerNormalization()(h + keras.layers.Dense(d_model)(hidden))
    pooled = keras.layers.GlobalAveragePooling1D()(h)
    return keras.Model(inputs, keras.layers.Dense(n_classes)(pooled))
