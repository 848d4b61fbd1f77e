# target: ch07_linear_ae
# kind: mutant
# why: Dense layers without bias (use_bias=False), so the maps are linear not affine and the parameter count is 2dk
def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    qa, ra = np.linalg.qr(np.asarray(a, dtype=np.float64))
    qb, rb = np.linalg.qr(np.asarray(b, dtype=np.float64))
    s = np.linalg.svd(qa.T @ qb, compute_uv=False)
    return np.sort(np.degrees(np.arccos(np.clip(s, -1.0, 1.0))))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim, use_bias=False)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(input_dim, use_bias=False)])
    autoencoder = keras.Sequential([keras.Input((input_dim,)), encoder, decoder])
    return autoencoder, encoder, decoder
