# target: ch09_families
# kind: alternative
# why: functional API with helper functions and debug prints: MLP 64->32 (52,650), CNN 12/24 filters (14,506), Bidirectional GRU 40 (17,610), Transformer d=48 with 4 heads (19,082)
def describe(model):
    """Debug helper: print the class and the size of a freshly built model."""
    print(type(model), model.name, f"{model.count_params():,} parameters")
    return model


def image_input(input_shape):
    rows, cols = (int(n) for n in input_shape)
    return keras.Input(shape=(rows, cols), dtype="float32"), rows, cols


def build_mlp(input_shape=(28, 28), n_classes=10):
    """A multilayer perceptron from images of shape `input_shape` to class logits."""
    inputs, rows, cols = image_input(input_shape)
    x = keras.layers.Flatten()(inputs)
    for width in (64, 32):
        x = keras.layers.Dense(width, activation="relu")(x)
    logits = keras.layers.Dense(n_classes, activation=None)(x)
    return describe(keras.Model(inputs, logits, name="mlp"))


def build_cnn(input_shape=(28, 28), n_classes=10):
    """A small convolutional network from images of shape `input_shape` to class logits."""
    inputs, rows, cols = image_input(input_shape)
    x = keras.layers.Reshape((rows, cols, 1))(inputs)
    for filters in (12, 24):
        x = keras.layers.Conv2D(filters, (3, 3), padding="same", activation="relu")(x)
        x = keras.layers.MaxPooling2D(pool_size=(2, 2))(x)
    x = keras.layers.Flatten()(x)
    logits = keras.layers.Dense(n_classes)(x)
    return describe(keras.Model(inputs, logits, name="cnn"))


def build_gru(input_shape=(28, 28), n_classes=10):
    """A GRU that reads the image row by row, then a dense layer to class logits."""
    inputs, rows, cols = image_input(input_shape)
    state = keras.layers.Bidirectional(keras.layers.GRU(40))(inputs)  # one pass top-down, one bottom-up
    logits = keras.layers.Dense(n_classes)(state)
    return describe(keras.Model(inputs, logits, name="bigru"))


class RowPositions(keras.layers.Layer):
    """Adds a learned vector to each token: the position of its row."""

    def build(self, input_shape):
        self.table = self.add_weight(shape=tuple(input_shape[1:]), initializer="random_normal", name="table")

    def call(self, tokens):
        return tokens + self.table


def encoder_block(tokens, d_model, num_heads, ff_units):
    """Post-norm encoder block: self-attention and a feed-forward layer, each with a residual connection."""
    attention = keras.layers.MultiHeadAttention(num_heads=num_heads, key_dim=d_model // num_heads)
    tokens = keras.layers.LayerNormalization()(tokens + attention(tokens, tokens))
    hidden = keras.layers.Dense(ff_units, activation="relu")(tokens)
    return keras.layers.LayerNormalization()(tokens + keras.layers.Dense(d_model)(hidden))


def build_transformer(input_shape=(28, 28), n_classes=10):
    """One Transformer encoder block over the rows as tokens, then pooling and class logits."""
    inputs, rows, cols = image_input(input_shape)
    d_model = 48
    tokens = RowPositions()(keras.layers.Dense(d_model)(inputs))
    tokens = encoder_block(tokens, d_model, num_heads=4, ff_units=64)
    logits = keras.layers.Dense(n_classes)(keras.layers.GlobalAveragePooling1D()(tokens))
    return describe(keras.Model(inputs, logits, name="transformer"))
