# target: ch03_regularise
# kind: mutant
# why: holds the floor once step >= decay_steps, forgetting the end of the decay is warmup_steps + decay_steps
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
    if step < 0:
        raise ValueError("step must be >= 0")
    if warmup_steps < 0:
        raise ValueError("warmup_steps must be >= 0")
    if decay_steps < 1:
        raise ValueError("decay_steps must be >= 1")
    step, warmup_steps, decay_steps = int(step), int(warmup_steps), int(decay_steps)
    if step < warmup_steps:
        return float(start_lr + (peak_lr - start_lr) * step / warmup_steps)
    if step >= decay_steps:
        return float(alpha * peak_lr)
    s = step - warmup_steps
    cosine = 0.5 * (1 + math.cos(math.pi * s / decay_steps))
    return float(peak_lr * ((1 - alpha) * cosine + alpha))
