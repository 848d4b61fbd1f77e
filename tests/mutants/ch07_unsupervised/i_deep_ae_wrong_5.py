# target: ch07_deep_ae
# kind: mutant
# why: autoencoder is built from its own fresh layers, so training it leaves encoder and decoder untrained (no shared weights)
# affects: ch07_denoise, ch07_probe
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    def enc_layers():
        return [keras.layers.Dense(256, activation="relu"), keras.layers.Dense(code_dim)]

    def dec_layers():
        return [keras.layers.Dense(256, activation="relu"), keras.layers.Dense(input_dim, activation="sigmoid")]

    encoder = keras.Sequential([keras.Input((input_dim,))] + enc_layers())
    decoder = keras.Sequential([keras.Input((code_dim,))] + dec_layers())
    autoencoder = keras.Sequential([keras.Input((input_dim,))] + enc_layers() + dec_layers())
    return autoencoder, encoder, decoder
