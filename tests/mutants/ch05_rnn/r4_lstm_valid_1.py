# target: ch05_lstm
# kind: alternative
# why: element-by-element Python loops with math.exp and a branch-stable scalar sigmoid; same formulas, float64 throughout
import math


def scalar_sigmoid(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    x_t = np.array(x_t, dtype=np.float64)
    h_prev = np.array(h_prev, dtype=np.float64)
    c_prev = np.array(c_prev, dtype=np.float64)
    W = np.array(W, dtype=np.float64)
    U = np.array(U, dtype=np.float64)
    b = np.array(b, dtype=np.float64)
    batch = x_t.shape[0]
    units = U.shape[0]
    z = x_t @ W + h_prev @ U + b          # (batch, 4 * units)
    h_t = np.zeros((batch, units))
    c_t = np.zeros((batch, units))
    for n in range(batch):
        for k in range(units):
            i = scalar_sigmoid(z[n, k])
            f = scalar_sigmoid(z[n, units + k])
            g = math.tanh(z[n, 2 * units + k])
            o = scalar_sigmoid(z[n, 3 * units + k])
            c_t[n, k] = f * c_prev[n, k] + i * g
            h_t[n, k] = o * math.tanh(c_t[n, k])
    return h_t, c_t
