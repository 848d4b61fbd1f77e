# target: ch07_denoise
# kind: mutant
# why: uses uniform noise rng.random(x.shape) instead of standard normal noise
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    noise = rng.random(x.shape)
    return np.clip(x + noise_std * noise, 0, 1).astype(np.float32)
