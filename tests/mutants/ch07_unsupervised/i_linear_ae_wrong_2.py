# target: ch07_linear_ae
# kind: mutant
# why: skips the orthonormalisation and takes the SVD of a^T b directly, so non-orthonormal or scaled columns give wrong angles
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    s = np.linalg.svd(a.T @ b, compute_uv=False)
    return np.sort(np.degrees(np.arccos(np.clip(s, -1.0, 1.0))))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    x_in = keras.Input((input_dim,))
    z_in = keras.Input((code_dim,))
    encoder = keras.Model(x_in, keras.layers.Dense(code_dim)(x_in))
    decoder = keras.Model(z_in, keras.layers.Dense(input_dim)(z_in))
    autoencoder = keras.Model(x_in, decoder(encoder(x_in)))
    return autoencoder, encoder, decoder
