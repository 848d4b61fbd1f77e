# target: ch07_denoise
# kind: alternative
# why: one standard_normal draw, float64 arithmetic on a converted copy, np.clip, cast to float32
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    x64 = np.asarray(x, dtype=np.float64)
    noise = rng.standard_normal(x64.shape)
    noisy = np.clip(x64 + noise_std * noise, 0.0, 1.0)
    return np.asarray(noisy, dtype=np.float32)  # np.asarray also keeps 0-d inputs as arrays
