# target: ch03_regularise
# kind: alternative
# why: a binomial mask with np.where, and the schedule with the math module
import math


def inverted_dropout(x, rate, rng, training):
    if rate < 0 or rate >= 1:
        raise ValueError("dropout rate must satisfy 0 <= rate < 1, got " + str(rate))
    arr = np.asarray(x) if isinstance(x, np.ndarray) else np.asarray(x, dtype=np.float64)
    out = arr.copy()
    if training and rate > 0:
        mask = rng.binomial(1, 1.0 - rate, size=arr.shape).astype(bool)
        out = np.where(mask, arr / (1.0 - rate), 0).astype(arr.dtype)
    return out


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    step = int(step)
    if step < 0 or warmup_steps < 0 or decay_steps < 1:
        raise ValueError("invalid step, warmup_steps or decay_steps")
    if warmup_steps > 0 and step < warmup_steps:
        return start_lr + (peak_lr - start_lr) * (step / warmup_steps)
    progress = min(step - warmup_steps, decay_steps) / decay_steps
    return peak_lr * (alpha + (1 - alpha) * (1 + math.cos(math.pi * progress)) / 2)
