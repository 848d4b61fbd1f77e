# target: ch07_denoise
# kind: mutant
# why: returns float64 instead of float32
def corrupt(x, noise_std, rng):
    x = np.asarray(x, dtype=np.float64)
    return np.clip(x + noise_std * rng.standard_normal(x.shape), 0, 1)
