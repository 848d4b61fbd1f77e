# target: ch07_deep_ae
# kind: alternative
# why: 784-256-16 ReLU encoder with linear code, mirrored decoder ending in a sigmoid, functional API with shared sub-models
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    hidden = 256
    x_in = keras.Input(shape=(input_dim,))
    h = keras.layers.Dense(hidden, activation="relu")(x_in)
    code = keras.layers.Dense(code_dim)(h)
    encoder = keras.Model(x_in, code, name="encoder")

    z_in = keras.Input(shape=(code_dim,))
    g = keras.layers.Dense(hidden, activation="relu")(z_in)
    out = keras.layers.Dense(input_dim, activation="sigmoid")(g)
    decoder = keras.Model(z_in, out, name="decoder")

    autoencoder = keras.Model(x_in, decoder(encoder(x_in)), name="autoencoder")
    return autoencoder, encoder, decoder
