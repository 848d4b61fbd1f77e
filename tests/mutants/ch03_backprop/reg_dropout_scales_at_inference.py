# target: ch03_regularise
# kind: mutant
# why: the original paper's form: no scaling in training, multiply by 1 - rate at inference
def inverted_dropout(x, rate, rng, training):
    if not 0.0 <= rate < 1.0:
        raise ValueError(f"rate must be in [0, 1), got rate={rate}")
    x = np.array(x, dtype=None if isinstance(x, np.ndarray) else np.float64)
    if not training:
        return (x * (1.0 - rate)).astype(x.dtype)
    return np.where(rng.random(x.shape) >= rate, x, 0.0).astype(x.dtype)


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    if step < 0 or warmup_steps < 0 or decay_steps < 1:
        raise ValueError(f"Expected step, warmup_steps >= 0 and decay_steps >= 1. Received: {step}, {warmup_steps}, {decay_steps}")
    if step < warmup_steps:
        return float(start_lr + (peak_lr - start_lr) * step / warmup_steps)
    s = min(step - warmup_steps, decay_steps)
    return float(peak_lr * ((1.0 - alpha) * 0.5 * (1.0 + np.cos(np.pi * s / decay_steps)) + alpha))
