# target: ch07_deep_ae
# kind: mutant
# affects: ch07_denoise, ch07_probe
# why: forgets the activation of the encoder's hidden layer, so the encoder is affine
def build_autoencoder(input_dim, code_dim):
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(256), keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dense(input_dim, activation="sigmoid")])
    inputs = keras.Input((input_dim,))
    return keras.Model(inputs, decoder(encoder(inputs))), encoder, decoder
