# target: ch03_regularise
# kind: mutant
# why: does not stop at the end of the decay, so the cosine rises again
def inverted_dropout(x, rate, rng, training):
    if not 0.0 <= rate < 1.0:
        raise ValueError(f"Expected a dropout rate in [0, 1). Received: rate={rate}")
    x = np.array(x, dtype=None if isinstance(x, np.ndarray) else np.float64)
    if not training or rate == 0:
        return x
    keep = rng.random(x.shape) >= rate
    return np.where(keep, x / (1.0 - rate), 0.0).astype(x.dtype)

def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    if step < 0 or warmup_steps < 0 or decay_steps < 1:
        raise ValueError("bad schedule arguments")
    if step < warmup_steps:
        return float(start_lr + (peak_lr - start_lr) * step / warmup_steps)
    s = step - warmup_steps
    return float(peak_lr * ((1.0 - alpha) * 0.5 * (1.0 + np.cos(np.pi * s / decay_steps)) + alpha))
