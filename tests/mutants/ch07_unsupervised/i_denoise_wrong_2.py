# target: ch07_denoise
# kind: mutant
# why: forgets to clip, so noisy values fall outside [0, 1]
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x = np.asarray(x, dtype=np.float64)
    noisy = x + noise_std * rng.standard_normal(x.shape)
    return noisy.astype(np.float32)
