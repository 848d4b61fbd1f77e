# target: ch07_denoise
# kind: mutant
# why: clips only from below (np.maximum(., 0)), values above 1 remain
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    noisy = np.maximum(x + noise_std * rng.standard_normal(x.shape), 0.0)
    return noisy.astype(np.float32)
