# target: ch07_denoise
# kind: mutant
# why: uses uniform noise in [-noise_std, noise_std] instead of Gaussian noise
def corrupt(x, noise_std, rng):
    x = np.asarray(x, dtype=np.float64)
    return np.clip(x + rng.uniform(-noise_std, noise_std, size=x.shape), 0, 1).astype(np.float32)
