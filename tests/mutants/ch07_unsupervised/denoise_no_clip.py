# target: ch07_denoise
# kind: mutant
# why: adds the noise but never clips back to [0, 1]
def corrupt(x, noise_std, rng):
    x = np.asarray(x, dtype=np.float64)
    return (x + noise_std * rng.standard_normal(x.shape)).astype(np.float32)
