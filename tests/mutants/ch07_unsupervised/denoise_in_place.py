# target: ch07_denoise
# kind: mutant
# why: adds the noise to x in place, changing the caller's array
def corrupt(x, noise_std, rng):
    x += noise_std * rng.standard_normal(x.shape)
    np.clip(x, 0, 1, out=x)
    return x.astype(np.float32)
