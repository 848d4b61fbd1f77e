# target: ch07_deep_ae
# kind: mutant
# affects: ch07_denoise, ch07_probe
# why: hidden layers of 320 units: 513,792 parameters, over the budget of 500,000
def build_autoencoder(input_dim, code_dim):
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(320, activation="relu"), keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(320, activation="relu"), keras.layers.Dense(input_dim, activation="sigmoid")])
    inputs = keras.Input((input_dim,))
    return keras.Model(inputs, decoder(encoder(inputs))), encoder, decoder
