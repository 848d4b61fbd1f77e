# target: ch07_linear_ae
# kind: mutant
# why: complete QR gives d x d bases of the whole space, so every pair of subspaces looks equal (all angles 0, d of them)
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    qa, ra = np.linalg.qr(np.asarray(a, dtype=np.float64), mode="complete")
    qb, rb = np.linalg.qr(np.asarray(b, dtype=np.float64), mode="complete")
    s = np.linalg.svd(qa.T @ qb, compute_uv=False)
    return np.sort(np.degrees(np.arccos(np.clip(s, -1.0, 1.0))))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    x_in = keras.Input((input_dim,))
    z_in = keras.Input((code_dim,))
    encoder = keras.Model(x_in, keras.layers.Dense(code_dim)(x_in))
    decoder = keras.Model(z_in, keras.layers.Dense(input_dim)(z_in))
    autoencoder = keras.Model(x_in, decoder(encoder(x_in)))
    return autoencoder, encoder, decoder
