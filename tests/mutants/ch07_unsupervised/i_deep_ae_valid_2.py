# target: ch07_deep_ae
# kind: alternative
# why: wider 300-unit hidden layers with Sequential sub-models (481,400 parameters for 784/16), prints the parameter count
def make_encoder(input_dim, code_dim, width):
    return keras.Sequential([keras.Input((input_dim,)),
                             keras.layers.Dense(width, activation="relu"),
                             keras.layers.Dense(code_dim)], name="encoder")


def make_decoder(input_dim, code_dim, width):
    return keras.Sequential([keras.Input((code_dim,)),
                             keras.layers.Dense(width, activation="relu"),
                             keras.layers.Dense(input_dim, activation="sigmoid")], name="decoder")


def build_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder) with a nonlinear encoder and a decoder whose outputs lie in [0, 1]."""
    width = 300
    encoder = make_encoder(input_dim, code_dim, width)
    decoder = make_decoder(input_dim, code_dim, width)
    autoencoder = keras.Sequential([keras.Input((input_dim,)), encoder, decoder], name="autoencoder")
    print("parameters:", autoencoder.count_params(), type(autoencoder))
    return autoencoder, encoder, decoder
