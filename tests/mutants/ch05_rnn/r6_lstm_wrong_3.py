# target: ch05_lstm
# kind: mutant
# why: breaks 5.2a: computes in the dtype of the inputs (np.result_type), so float32 weights and states give float32 (h_t, c_t) instead of float64
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    dtype = np.result_type(x_t, h_prev, c_prev, W, U, b)
    x_t, h_prev, c_prev, W, U, b = (np.asarray(a, dtype) for a in (x_t, h_prev, c_prev, W, U, b))
    z = x_t @ W + h_prev @ U + b
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = f * c_prev + i * g
    return o * np.tanh(c), c
