# target: ch07_denoise
# kind: mutant
# why: casts x to float32 first and adds float32 noise, so the sum is not computed in float64 as required
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x32 = np.asarray(x, dtype=np.float32)
    noise = rng.standard_normal(x32.shape, dtype=np.float32)
    return np.clip(x32 + np.float32(noise_std) * noise, 0, 1)
