# target: ch07_deep_ae
# kind: mutant
# why: decoder output layer has no activation, so reconstructions are not confined to [0, 1]
# affects: ch07_denoise, ch07_probe
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    x_in = keras.Input((input_dim,))
    encoder = keras.Model(x_in, keras.layers.Dense(code_dim)(keras.layers.Dense(256, activation="relu")(x_in)))
    z_in = keras.Input((code_dim,))
    decoder = keras.Model(z_in, keras.layers.Dense(input_dim)(keras.layers.Dense(256, activation="relu")(z_in)))
    autoencoder = keras.Model(x_in, decoder(encoder(x_in)))
    return autoencoder, encoder, decoder
