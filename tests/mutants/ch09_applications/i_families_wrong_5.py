# target: ch09_families
# kind: mutant
# affects: ch09_bias
# why: 9.1a: the builders memoise their models in a dict, so a second call with the same arguments returns the same (already trained) model
MODEL_CACHE = {}  # build each architecture only once to save time


def build_mlp(input_shape=(28, 28), n_classes=10):
    """A multilayer perceptron from images of shape `input_shape` to class logits."""
    key = ("mlp", tuple(input_shape), n_classes)
    if key not in MODEL_CACHE:
        rows, cols = int(input_shape[0]), int(input_shape[1])
        MODEL_CACHE[key] = keras.Sequential([
            keras.Input(shape=(rows, cols)),
            keras.layers.Flatten(),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(n_classes),
        ])
    return MODEL_CACHE[key]


def build_cnn(input_shape=(28, 28), n_classes=10):
    """A small convolutional network from images of shape `input_shape` to class logits."""
    key = ("cnn", tuple(input_shape), n_classes)
    if key not in MODEL_CACHE:
        rows, cols = int(input_shape[0]), int(input_shape[1])
        MODEL_CACHE[key] = keras.Sequential([
            keras.Input(shape=(rows, cols)),
            keras.layers.Reshape((rows, cols, 1)),
            keras.layers.Conv2D(8, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Conv2D(16, 3, padding="same", activation="relu"),
            keras.layers.MaxPooling2D(2),
            keras.layers.Flatten(),
            keras.layers.Dense(n_classes),
        ])
    return MODEL_CACHE[key]


def build_gru(input_shape=(28, 28), n_classes=10):
    """A GRU that reads the image row by row, then a dense layer to class logits."""
    rows, cols = int(input_shape[0]), int(input_shape[1])
    return keras.Sequential([
        keras.Input(shape=(rows, cols)),
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
    rows, cols = int(input_shape[0]), int(input_shape[1])
    d_model = 32
    inputs = keras.Input(shape=(rows, cols))
    tokens = keras.layers.Dense(d_model)(inputs)
    tokens = RowPositions()(tokens)
    attended = keras.layers.MultiHeadAttention(num_heads=2, key_dim=16)(tokens, tokens)
    tokens = keras.layers.LayerNormalization()(keras.layers.Add()([tokens, attended]))
    hidden = keras.layers.Dense(64, activation="relu")(tokens)
    hidden = keras.layers.Dense(d_model)(hidden)
    tokens = keras.layers.LayerNormalization()(keras.layers.Add()([tokens, hidden]))
    pooled = keras.layers.GlobalAveragePooling1D()(tokens)
    logits = keras.layers.Dense(n_classes)(pooled)
    return keras.Model(inputs, logits)
