# target: ch07_denoise
# kind: mutant
# why: draws the noise from the global NumPy RNG (np.random.standard_normal) instead of the passed generator
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    noisy = x + noise_std * np.random.standard_normal(x.shape)
    return np.clip(noisy, 0, 1).astype(np.float32)
