# target: ch07_denoise
# kind: mutant
# why: draws the noise from NumPy's global generator instead of rng
def corrupt(x, noise_std, rng):
    x = np.asarray(x, dtype=np.float64)
    return np.clip(x + noise_std * np.random.standard_normal(x.shape), 0, 1).astype(np.float32)
