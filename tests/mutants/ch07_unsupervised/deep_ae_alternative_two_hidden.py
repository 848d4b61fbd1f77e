# target: ch07_deep_ae
# kind: alternative
# why: two hidden layers each way (256, 64) with a helper and a parameter print
def dense_stack(widths, last, last_activation, name):
    layers = [keras.Input((widths[0],))]
    for width in widths[1:]:
        layers.append(keras.layers.Dense(width, activation="relu"))
    layers.append(keras.layers.Dense(last, activation=last_activation))
    return keras.Sequential(layers, name=name)


def build_autoencoder(input_dim, code_dim):
    encoder = dense_stack([input_dim, 256, 64], code_dim, None, "enc")
    decoder = dense_stack([code_dim, 64, 256], input_dim, "sigmoid", "dec")
    x = keras.Input((input_dim,))
    model = keras.Model(x, decoder(encoder(x)))
    print("parameters:", model.count_params())
    return model, encoder, decoder
