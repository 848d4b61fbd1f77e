# target: ch03_regularise
# kind: alternative
# why: computes with np.cos / np.minimum and returns a np.float64 instead of a Python float
import math


def inverted_dropout(x, rate, rng, training):
    """Inverted dropout: in training, zero each element with probability rate and scale the rest by 1 / (1 - rate)."""
    if not 0 <= rate < 1:
        raise ValueError(f"dropout rate must be in [0, 1), got {rate}")
    x = x if isinstance(x, np.ndarray) else np.asarray(x, dtype=np.float64)
    if not training or rate == 0:
        return x.copy()
    keep = rng.random(x.shape) >= rate
    return np.where(keep, x / (1 - rate), 0).astype(x.dtype)


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    """Linear warm-up from start_lr to peak_lr, then cosine decay to alpha * peak_lr."""
    if step < 0 or warmup_steps < 0 or decay_steps < 1:
        raise ValueError("need step >= 0, warmup_steps >= 0 and decay_steps >= 1")
    if step < warmup_steps:
        return start_lr + (peak_lr - start_lr) * np.float64(step) / warmup_steps
    s = np.minimum(step - warmup_steps, decay_steps)
    cosine = 0.5 * (1 + np.cos(np.pi * s / decay_steps))
    return peak_lr * ((1 - alpha) * cosine + alpha)
