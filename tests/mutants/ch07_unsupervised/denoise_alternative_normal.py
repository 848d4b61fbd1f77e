# target: ch07_denoise
# kind: alternative
# why: rng.normal(0, noise_std) draws the same numbers as noise_std * rng.standard_normal; prints a summary
def corrupt(x, noise_std, rng):
    clean = np.array(x, dtype=np.float64, copy=True)
    noisy = clean + rng.normal(0.0, noise_std, size=clean.shape)
    noisy = np.minimum(np.maximum(noisy, 0.0), 1.0)
    print(f"corrupt: {clean.shape}, std {noise_std}, mean change {np.abs(noisy - clean).mean():.3f}")
    return noisy.astype("float32")
