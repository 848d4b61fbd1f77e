# target: ch03_regularise
# kind: alternative
# why: np.where on a boolean mask from rng.random(...) > rate with explicit dtype-preserving scale; schedule written as start/peak lerp and floor lerp
import math


def inverted_dropout(x, rate, rng, training):
    """Inverted dropout: in training, zero each element with probability rate and scale the rest by 1 / (1 - rate)."""
    if not 0 <= rate < 1:
        raise ValueError("rate must be in [0, 1)")
    a = np.array(x, dtype=np.float64) if not isinstance(x, np.ndarray) else x
    if training and rate > 0:
        scale = np.asarray(1.0 / (1.0 - rate), dtype=a.dtype)
        kept = rng.random(a.shape) > rate
        return np.where(kept, a * scale, np.zeros((), dtype=a.dtype))
    return a.copy()


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    """Linear warm-up from start_lr to peak_lr, then cosine decay to alpha * peak_lr."""
    if int(step) < 0 or int(warmup_steps) < 0 or int(decay_steps) < 1:
        raise ValueError("require step >= 0, warmup_steps >= 0, decay_steps >= 1")
    step = int(step)
    if step < warmup_steps:
        return float(start_lr + (peak_lr - start_lr) * (step / warmup_steps))
    s = min(step - warmup_steps, decay_steps)
    w = 0.5 * (1.0 + math.cos(math.pi * s / decay_steps))
    floor = alpha * peak_lr
    return float(floor + (peak_lr - floor) * w)
