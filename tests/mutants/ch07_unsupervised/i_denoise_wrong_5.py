# target: ch07_denoise
# kind: mutant
# why: treats noise_std as a variance and scales the noise by sqrt(noise_std)
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    sigma = np.sqrt(noise_std)
    return np.clip(x + sigma * rng.standard_normal(x.shape), 0, 1).astype(np.float32)
