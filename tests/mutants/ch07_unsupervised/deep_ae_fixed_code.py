# target: ch07_deep_ae
# kind: mutant
# affects: ch07_denoise, ch07_probe
# why: hard-codes a code of 16 numbers and ignores code_dim
def build_autoencoder(input_dim, code_dim):
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dense(16)])
    decoder = keras.Sequential([keras.Input((16,)), keras.layers.Dense(256, activation="relu"), keras.layers.Dense(input_dim, activation="sigmoid")])
    inputs = keras.Input((input_dim,))
    return keras.Model(inputs, decoder(encoder(inputs))), encoder, decoder
