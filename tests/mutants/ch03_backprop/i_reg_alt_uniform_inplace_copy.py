# target: ch03_regularise
# kind: alternative
# why: uniform mask with < (1 - rate), zeroing and scaling an explicit copy in place; schedule with numpy then float()


def inverted_dropout(x, rate, rng, training):
    """Inverted dropout: in training, zero each element with probability rate and scale the rest by 1 / (1 - rate)."""
    if not (0.0 <= rate < 1.0):
        raise ValueError(f"invalid dropout rate {rate!r}; expected 0 <= rate < 1")
    if isinstance(x, np.ndarray):
        out = x.copy()
    else:
        out = np.array(x, dtype=np.float64)
    if not training or rate == 0:
        return out
    keep = rng.uniform(0.0, 1.0, size=out.shape) < 1.0 - rate
    out[~keep] = 0
    out[keep] /= out.dtype.type(1.0 - rate)
    return out


def warmup_cosine(step, peak_lr, warmup_steps, decay_steps, alpha=0.0, start_lr=0.0):
    """Linear warm-up from start_lr to peak_lr, then cosine decay to alpha * peak_lr."""
    if step < 0:
        raise ValueError("step must be non-negative")
    if warmup_steps < 0:
        raise ValueError("warmup_steps must be non-negative")
    if decay_steps < 1:
        raise ValueError("decay_steps must be at least 1")
    if warmup_steps > 0 and step < warmup_steps:
        lr = np.interp(step, [0, warmup_steps], [start_lr, peak_lr])
    else:
        progress = np.clip((step - warmup_steps) / decay_steps, 0.0, 1.0)
        lr = peak_lr * (alpha + (1 - alpha) * (1 + np.cos(np.pi * progress)) / 2)
    return float(lr)
