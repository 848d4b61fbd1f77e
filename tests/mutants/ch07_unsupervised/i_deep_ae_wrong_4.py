# target: ch07_deep_ae
# kind: mutant
# why: 512-unit hidden layers: about 820,000 trainable parameters for 784/16, over the 500,000 budget
# affects: ch07_denoise, ch07_probe
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(512, activation="relu"),
                                keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(512, activation="relu"),
                                keras.layers.Dense(input_dim, activation="sigmoid")])
    autoencoder = keras.Sequential([keras.Input((input_dim,)), encoder, decoder])
    return autoencoder, encoder, decoder
