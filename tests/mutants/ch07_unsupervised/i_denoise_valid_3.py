# target: ch07_denoise
# kind: alternative
# why: clips with np.minimum/np.maximum and casts through np.asarray(..., dtype=float32)
def clip01(values):
    return np.minimum(np.maximum(values, 0.0), 1.0)


def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    clean = np.asarray(x).astype(np.float64)
    shape = clean.shape
    gaussian = rng.standard_normal(shape)
    noisy = clip01(clean + gaussian * noise_std)
    return np.asarray(noisy, dtype=np.float32)
