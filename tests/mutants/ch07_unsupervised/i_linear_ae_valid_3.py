# target: ch07_linear_ae
# kind: alternative
# why: orthonormalises with the SVD (left singular vectors), loops over the cosines, sorts explicitly; functional models
def orthonormal_basis(m):
    m = np.asarray(m, dtype=np.float64)
    u, s, vt = np.linalg.svd(m, full_matrices=False)
    return u  # columns span the same space as m (columns of m are independent)


def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    ua = orthonormal_basis(a)
    ub = orthonormal_basis(b)
    cos_values = np.linalg.svd(ua.T @ ub, compute_uv=False)
    angles = []
    for c in cos_values:
        c = min(1.0, max(-1.0, float(c)))
        angles.append(np.arccos(c) * 180.0 / np.pi)
    angles.sort()
    return np.array(angles, dtype=np.float64)


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    inputs = keras.Input(shape=(input_dim,), name="pixels")
    code = keras.layers.Dense(code_dim, activation="linear")(inputs)
    encoder = keras.Model(inputs, code)
    code_in = keras.Input(shape=(code_dim,), name="code")
    out = keras.layers.Dense(input_dim, activation="linear")(code_in)
    decoder = keras.Model(code_in, out)
    autoencoder = keras.Model(inputs, decoder(code))
    return autoencoder, encoder, decoder
