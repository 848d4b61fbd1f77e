# target: ch07_denoise
# kind: mutant
# why: shortcut for noise_std == 0 returns x itself (same object, original dtype) instead of a float32 array
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    if noise_std == 0:
        return x
    x = np.asarray(x, dtype=np.float64)
    return np.clip(x + noise_std * rng.standard_normal(x.shape), 0, 1).astype(np.float32)
