# target: ch02_neuron_forward
# kind: mutant
# why: computes in NumPy and returns a float64 array instead of a float32 tensor
def neuron_forward(x, W, b, activation=None):
    x, W, b = np.asarray(x, float), np.asarray(W, float), np.asarray(b, float)
    if x.ndim != 2 or W.ndim != 2 or W.shape[0] != x.shape[1] or b.shape != (W.shape[1],):
        raise ValueError(f"bad shapes {x.shape} {W.shape} {b.shape}")
    z = x @ W + b
    return z if activation is None else np.asarray(activation(z))
