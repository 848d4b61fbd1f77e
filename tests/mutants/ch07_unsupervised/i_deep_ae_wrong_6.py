# target: ch07_deep_ae
# kind: mutant
# why: hard-codes 784 inputs and 16 code units instead of using input_dim and code_dim
# affects: ch07_denoise, ch07_probe
def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    encoder = keras.Sequential([keras.Input((784,)), keras.layers.Dense(256, activation="relu"),
                                keras.layers.Dense(16)])
    decoder = keras.Sequential([keras.Input((16,)), keras.layers.Dense(256, activation="relu"),
                                keras.layers.Dense(784, activation="sigmoid")])
    autoencoder = keras.Sequential([keras.Input((784,)), encoder, decoder])
    return autoencoder, encoder, decoder
