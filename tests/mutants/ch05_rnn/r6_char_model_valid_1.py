# target: ch05_char_model
# kind: alternative
# why: valid: vocab via sorted(set()), encode with a dict and np.fromiter, error names repr(ch), decode accepts arrays or lists; sampling by inverse CDF with one rng.random() draw, log-sum-exp for stability, returns a Python int
def build_vocab(text):
    return sorted(set(text))


def encode(text, vocab):
    lookup = dict(zip(vocab, range(len(vocab))))
    missing = [ch for ch in text if ch not in lookup]
    if missing:
        raise ValueError(f"unknown character {missing[0]!r}")
    return np.fromiter((lookup[ch] for ch in text), dtype=np.int32, count=len(text))


def decode(ids, vocab):
    return "".join([vocab[i] for i in np.asarray(ids, dtype=np.int64).tolist()])


def sample_next(logits, temperature, rng):
    z = np.asarray(logits, dtype=np.float64).ravel()
    if temperature < 0:
        raise ValueError(f"temperature {temperature} is negative")
    if temperature == 0:
        return int(np.argmax(z))
    scaled = z / temperature
    log_p = scaled - (scaled.max() + np.log(np.sum(np.exp(scaled - scaled.max()))))
    cdf = np.cumsum(np.exp(log_p))
    index = int(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"))
    return min(index, len(z) - 1)
