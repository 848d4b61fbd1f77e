# target: ch07_linear_ae
# kind: mutant
# why: builds the autoencoder from fresh Dense layers, so it shares no weights with encoder/decoder (decoder stays untrained)
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    qa, ra = np.linalg.qr(np.asarray(a, dtype=np.float64))
    qb, rb = np.linalg.qr(np.asarray(b, dtype=np.float64))
    s = np.linalg.svd(qa.T @ qb, compute_uv=False)
    return np.sort(np.degrees(np.arccos(np.clip(s, -1.0, 1.0))))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(input_dim)])
    autoencoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim),
                                    keras.layers.Dense(input_dim)])
    return autoencoder, encoder, decoder
