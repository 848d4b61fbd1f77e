# target: ch07_linear_ae
# kind: mutant
# why: puts a ReLU on the encoder, so the maps are not affine
def principal_angles(a, b):
    qa = np.linalg.qr(np.asarray(a, dtype=np.float64))[0]
    qb = np.linalg.qr(np.asarray(b, dtype=np.float64))[0]
    return np.degrees(np.arccos(np.clip(np.linalg.svd(qa.T @ qb, compute_uv=False), -1.0, 1.0)))


def build_linear_autoencoder(input_dim, code_dim):
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim, activation="relu")])
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(input_dim)])
    return keras.Sequential([keras.Input((input_dim,)), encoder, decoder]), encoder, decoder
