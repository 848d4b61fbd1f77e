# target: ch07_linear_ae
# kind: alternative
# why: QR + SVD of Qa^T Qb with clipping; functional Keras models sharing two Dense layers
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    qa, ra = np.linalg.qr(np.asarray(a, dtype=np.float64))
    qb, rb = np.linalg.qr(np.asarray(b, dtype=np.float64))
    cosines = np.linalg.svd(qa.T @ qb, compute_uv=False)
    cosines = np.clip(cosines, -1.0, 1.0)
    angles = np.degrees(np.arccos(cosines))
    return np.sort(angles).astype(np.float64)


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    enc_layer = keras.layers.Dense(code_dim, name="linear_code")
    dec_layer = keras.layers.Dense(input_dim, name="linear_reconstruction")
    x_in = keras.Input(shape=(input_dim,))
    z_in = keras.Input(shape=(code_dim,))
    encoder = keras.Model(x_in, enc_layer(x_in), name="linear_encoder")
    decoder = keras.Model(z_in, dec_layer(z_in), name="linear_decoder")
    autoencoder = keras.Model(x_in, decoder(encoder(x_in)), name="linear_autoencoder")
    return autoencoder, encoder, decoder
