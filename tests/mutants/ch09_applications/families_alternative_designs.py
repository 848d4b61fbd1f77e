# target: ch09_families
# kind: alternative
# why: other valid designs: MLP with two hidden layers and dropout, CNN with valid padding and a hidden dense layer, bidirectional GRU, Transformer with a Flatten head
def build_mlp(input_shape=(28, 28), n_classes=10):
    """A multilayer perceptron from images of shape `input_shape` to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Flatten(),
        keras.layers.Dense(48, activation="relu"),
        keras.layers.Dropout(0.1),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_classes),
    ])


def build_cnn(input_shape=(28, 28), n_classes=10):
    """A small convolutional network from images of shape `input_shape` to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Reshape((*input_shape, 1)),
        keras.layers.Conv2D(8, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Conv2D(16, 3, activation="relu"),
        keras.layers.MaxPooling2D(),
        keras.layers.Flatten(),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_classes),
    ])


def build_gru(input_shape=(28, 28), n_classes=10):
    """A GRU that reads the image row by row, then a dense layer to class logits."""
    return keras.Sequential([
        keras.Input(shape=input_shape),
        keras.layers.Bidirectional(keras.layers.GRU(40)),
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
    h = RowPositions()(keras.layers.Dense(d_model)(inputs))
    attended = keras.layers.MultiHeadAttention(heads, d_model // heads)(h, h)
    h = keras.layers.LayerNormalization()(h + attended)
    hidden = keras.layers.Dense(2 * d_model, activation="relu")(h)
    h = keras.layers.LayerNormalization()(h + keras.layers.Dense(d_model)(hidden))
    pooled = keras.layers.Flatten()(keras.layers.Dense(4)(h))
    return keras.Model(inputs, keras.layers.Dense(n_classes)(pooled))
