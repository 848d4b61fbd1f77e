# target: ch07_deep_ae
# kind: alternative
# why: ELU hidden layer in the encoder, ReLU in the decoder, sigmoid applied as a separate Activation layer
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    enc_in = keras.Input((input_dim,), name="image")
    x = keras.layers.Dense(256)(enc_in)
    x = keras.layers.Activation("elu")(x)
    enc_out = keras.layers.Dense(code_dim, name="code")(x)
    encoder = keras.Model(enc_in, enc_out)

    dec_in = keras.Input((code_dim,), name="code_in")
    y = keras.layers.Dense(256, activation="relu")(dec_in)
    y = keras.layers.Dense(input_dim)(y)
    dec_out = keras.layers.Activation("sigmoid")(y)
    decoder = keras.Model(dec_in, dec_out)

    full_in = keras.Input((input_dim,))
    autoencoder = keras.Model(full_in, decoder(encoder(full_in)))
    return autoencoder, encoder, decoder
