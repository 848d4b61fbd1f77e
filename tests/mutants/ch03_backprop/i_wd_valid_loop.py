# target: ch03_weight_decay
# kind: alternative
# why: element-by-element loop with math over flattened copies, reshaped back to the input shape; same formula in Keras's form with Keras's float32-rounded betas in the bias corrections
import math


def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    """Step number t (from 1) of Adam in Keras's form with an L2 penalty and decoupled weight decay; returns (w, m, v)."""
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t < 1")
    shape = np.shape(w)
    W = np.array(w, dtype=np.float64).reshape(-1)
    G = np.array(g, dtype=np.float64).reshape(-1)
    M = np.array(m, dtype=np.float64).reshape(-1)
    V = np.array(v, dtype=np.float64).reshape(-1)
    k = int(t)
    b1k = float(np.float32(beta_1))
    b2k = float(np.float32(beta_2))
    alpha = lr * math.sqrt(1 - b2k**k) / (1 - b1k**k)
    W_out = np.empty_like(W)
    M_out = np.empty_like(M)
    V_out = np.empty_like(V)
    for i in range(W.size):
        gi = G[i] + l2 * W[i]
        M_out[i] = beta_1 * M[i] + (1 - beta_1) * gi
        V_out[i] = beta_2 * V[i] + (1 - beta_2) * gi * gi
        W_out[i] = (
            W[i] - lr * weight_decay * W[i] - alpha * M_out[i] / (math.sqrt(V_out[i]) + epsilon)
        )
    return W_out.reshape(shape), M_out.reshape(shape), V_out.reshape(shape)
