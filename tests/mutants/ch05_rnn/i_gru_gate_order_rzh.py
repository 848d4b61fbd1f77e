# target: ch05_gru
# kind: mutant
# why: PyTorch block order r, z, n instead of Keras's z, r, h
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    a_r, a_z, a_h = np.split(x_t @ W + b[0], 3, axis=1)
    u_r, u_z, u_h = np.split(h_prev @ U + b[1], 3, axis=1)
    z = 1 / (1 + np.exp(-(a_z + u_z)))
    r = 1 / (1 + np.exp(-(a_r + u_r)))
    h_tilde = np.tanh(a_h + r * u_h)
    return z * h_prev + (1 - z) * h_tilde
