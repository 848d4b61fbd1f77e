# target: ch07_linear_ae
# kind: mutant
# why: takes the singular values of a.T @ b without orthonormalising the bases first
def principal_angles(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    a = a / np.linalg.norm(a, axis=0)
    b = b / np.linalg.norm(b, axis=0)
    return np.degrees(np.arccos(np.clip(np.linalg.svd(a.T @ b, compute_uv=False), -1.0, 1.0)))


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim)])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(input_dim)])
    return keras.Sequential([keras.Input((input_dim,)), encoder, decoder]), encoder, decoder
