# target: ch07_denoise
# kind: mutant
# why: adds the noise and clips in place, modifying the caller's array
# affects: ch07_vae, ch07_probe
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x += noise_std * rng.standard_normal(x.shape)
    np.clip(x, 0, 1, out=x)
    return x.astype(np.float32)
