# target: ch03_regularise
# kind: alternative
# why: multiplies by a kept/(1-rate) factor array built in x's dtype; schedule in the Keras form (min of step, then cond)
import math


def inverted_dropout(x, rate, rng, training):
    """Inverted dropout: in training, zero each element with probability rate and scale the rest by 1 / (1 - rate)."""
    if not isinstance(x, np.ndarray):
        x = np.asarray(x, dtype=float)
    if rate < 0 or not rate < 1:
        raise ValueError("dropout rate out of range [0, 1): %r" % (rate,))
    if training and rate != 0:
        draws = rng.random(size=x.shape)
        factor = np.zeros(x.shape, dtype=x.dtype)
        factor[draws >= rate] = 1 / (1 - rate)
        return x * factor
    return np.copy(x)


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    """Linear warm-up from start_lr to peak_lr, then cosine decay to alpha * peak_lr."""
    if step < 0 or warmup_steps < 0:
        raise ValueError("step and warmup_steps must be >= 0")
    if decay_steps < 1:
        raise ValueError("decay_steps must be >= 1")
    t = min(float(step), float(warmup_steps) + float(decay_steps))
    if t < warmup_steps:
        return float(start_lr + (peak_lr - start_lr) * (t / warmup_steps))
    done = (t - warmup_steps) / decay_steps
    return float(peak_lr * ((1 - alpha) * 0.5 * (1 + math.cos(math.pi * done)) + alpha))
