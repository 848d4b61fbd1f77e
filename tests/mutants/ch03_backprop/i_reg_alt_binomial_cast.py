# target: ch03_regularise
# kind: alternative
# why: rng.binomial mask multiplied in and cast back to x.dtype; schedule via explicit end-of-decay branch
import math


def inverted_dropout(x, rate, rng, training):
    """Inverted dropout: in training, zero each element with probability rate and scale the rest by 1 / (1 - rate)."""
    if rate < 0 or rate >= 1:
        raise ValueError("rate must satisfy 0 <= rate < 1")
    arr = np.array(x, dtype=x.dtype if isinstance(x, np.ndarray) else np.float64, copy=True)
    if training and rate > 0:
        mask = rng.binomial(n=1, p=1.0 - rate, size=arr.shape)
        arr = (arr * mask / (1.0 - rate)).astype(arr.dtype)
    return arr


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    """Linear warm-up from start_lr to peak_lr, then cosine decay to alpha * peak_lr."""
    if step < 0 or warmup_steps < 0 or decay_steps < 1:
        raise ValueError(f"bad arguments: step={step}, warmup_steps={warmup_steps}, decay_steps={decay_steps}")
    t, W, D = float(step), float(warmup_steps), float(decay_steps)
    floor = alpha * peak_lr
    if t < W:
        frac = t / W
        return float((1.0 - frac) * start_lr + frac * peak_lr)
    if t >= W + D:
        return float(floor)
    return float(floor + (peak_lr - floor) * 0.5 * (1.0 + math.cos(math.pi * (t - W) / D)))
