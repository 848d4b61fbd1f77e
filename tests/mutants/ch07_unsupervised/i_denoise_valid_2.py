# target: ch07_denoise
# kind: alternative
# why: works on an explicit float64 copy with in-place ops on the copy only, prints some diagnostics
def corrupt(x, noise_std, rng):
    """Gaussian noise of standard deviation noise_std, clipped to [0, 1], as float32."""
    print("corrupt: input", type(x), np.shape(x), "noise std", noise_std)
    work = np.array(x, dtype=np.float64, copy=True)
    eps = rng.standard_normal(work.shape)
    work += float(noise_std) * eps
    np.clip(work, 0.0, 1.0, out=work)
    result = work.astype(np.float32)
    print("corrupt: output range", float(result.min()), float(result.max()))
    return result
