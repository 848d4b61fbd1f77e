# target: ch05_gru
# kind: alternative
# why: explicit column slicing per gate, sigmoid written as 0.5*(1+tanh(x/2)), no overflow
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n = U.shape[0]

    def sigmoid(v):
        return 0.5 * (1.0 + np.tanh(0.5 * v))

    a = x_t @ W + b[0]
    u = h_prev @ U + b[1]
    z = sigmoid(a[:, :n] + u[:, :n])
    r = sigmoid(a[:, n:2 * n] + u[:, n:2 * n])
    h_tilde = np.tanh(a[:, 2 * n:] + r * u[:, 2 * n:])
    return z * h_prev + (1.0 - z) * h_tilde
