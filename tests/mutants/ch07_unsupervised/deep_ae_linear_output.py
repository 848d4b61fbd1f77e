# target: ch07_deep_ae
# kind: mutant
# affects: ch07_denoise, ch07_probe
# why: leaves the decoder's output linear, so reconstructions leave [0, 1]
def build_autoencoder(input_dim, code_dim):
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dense(input_dim)])
    inputs = keras.Input((input_dim,))
    return keras.Model(inputs, decoder(encoder(inputs))), encoder, decoder
