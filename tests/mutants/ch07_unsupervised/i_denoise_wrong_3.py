# target: ch07_denoise
# kind: mutant
# why: returns the float64 result without casting to float32
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    return np.clip(x + noise_std * rng.standard_normal(x.shape), 0, 1)
