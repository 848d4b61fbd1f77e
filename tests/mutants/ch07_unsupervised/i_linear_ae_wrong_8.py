# target: ch07_linear_ae
# kind: mutant
# why: encoder Dense has a ReLU activation, so the encoder is not affine
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    qa, ra = np.linalg.qr(np.asarray(a, dtype=np.float64))
    qb, rb = np.linalg.qr(np.asarray(b, dtype=np.float64))
    s = np.linalg.svd(qa.T @ qb, compute_uv=False)
    return np.sort(np.degrees(np.arccos(np.clip(s, -1.0, 1.0))))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    x_in = keras.Input((input_dim,))
    z_in = keras.Input((code_dim,))
    encoder = keras.Model(x_in, keras.layers.Dense(code_dim, activation="relu")(x_in))
    decoder = keras.Model(z_in, keras.layers.Dense(input_dim)(z_in))
    autoencoder = keras.Model(x_in, decoder(encoder(x_in)))
    return autoencoder, encoder, decoder
