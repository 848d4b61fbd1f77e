# target: ch09_families
# kind: alternative
# why: different choices: MLP 48->48 (40,522), CNN 5x5 then 3x3 conv with a 24-unit hidden layer (20,466), Dense row-embedding + GRU 64 (20,394), pre-LN Transformer with its own position layer, 4 heads (10,762)
def build_mlp(input_shape=(28, 28), n_classes=10):
    """A multilayer perceptron from images of shape `input_shape` to class logits."""
    model = keras.Sequential(name="mlp")
    model.add(keras.Input(shape=tuple(int(n) for n in input_shape)))
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(48, activation="relu"))
    model.add(keras.layers.Dense(48, activation="relu"))
    model.add(keras.layers.Dense(n_classes))
    return model


def build_cnn(input_shape=(28, 28), n_classes=10):
    """A small convolutional network from images of shape `input_shape` to class logits."""
    rows, cols = int(input_shape[0]), int(input_shape[1])
    model = keras.Sequential(name="cnn")
    model.add(keras.Input(shape=(rows, cols)))
    model.add(keras.layers.Reshape((rows, cols, 1)))
    model.add(keras.layers.Conv2D(8, 5, padding="same", activation="relu"))
    model.add(keras.layers.MaxPooling2D())
    model.add(keras.layers.Conv2D(16, 3, padding="same", activation="relu"))
    model.add(keras.layers.MaxPooling2D())
    model.add(keras.layers.Flatten())
    model.add(keras.layers.Dense(24, activation="relu"))
    model.add(keras.layers.Dense(n_classes))
    return model


def build_gru(input_shape=(28, 28), n_classes=10):
    """A GRU that reads the image row by row, then a dense layer to class logits."""
    inputs = keras.Input(shape=tuple(int(n) for n in input_shape))
    rows_embedded = keras.layers.Dense(32, activation="relu")(inputs)  # applied to each row separately
    last_state = keras.layers.GRU(64)(rows_embedded)
    return keras.Model(inputs=inputs, outputs=keras.layers.Dense(n_classes)(last_state))


class RowPositions(keras.layers.Layer):
    """Adds a learned vector to each token: the position of its row."""

    def build(self, input_shape):
        self.table = self.add_weight(shape=tuple(input_shape[1:]), initializer="random_normal", name="table")

    def call(self, tokens):
        return tokens + self.table


class PositionTable(keras.layers.Layer):
    """My own learned positional embedding: one trainable vector per row, added to the token of that row."""

    def build(self, input_shape):
        n_tokens, width = input_shape[1], input_shape[2]
        self.positions = self.add_weight(shape=(n_tokens, width), initializer=keras.initializers.RandomNormal(stddev=0.1),
                                         trainable=True, name="positions")

    def call(self, tokens):
        return tokens + keras.ops.expand_dims(self.positions, 0)


def build_transformer(input_shape=(28, 28), n_classes=10):
    """One Transformer encoder block over the rows as tokens, then pooling and class logits."""
    d_model = 32
    inputs = keras.Input(shape=tuple(int(n) for n in input_shape))
    x = PositionTable()(keras.layers.Dense(d_model)(inputs))
    # pre-norm block: normalise, transform, add back
    y = keras.layers.LayerNormalization()(x)
    x = keras.layers.Add()([x, keras.layers.MultiHeadAttention(num_heads=4, key_dim=8)(y, y)])
    y = keras.layers.LayerNormalization()(x)
    y = keras.layers.Dense(64, activation="relu")(y)
    x = keras.layers.Add()([x, keras.layers.Dense(d_model)(y)])
    x = keras.layers.LayerNormalization()(x)
    x = keras.layers.GlobalAveragePooling1D()(x)
    return keras.Model(inputs, keras.layers.Dense(n_classes)(x))
