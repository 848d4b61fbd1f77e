# target: ch05_char_model
# kind: alternative
# why: try/except KeyError in encode, list-based decode, inverse-CDF sampling with one rng.random() draw and a log-sum-exp softmax
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    seen = set()
    for ch in text:
        seen.add(ch)
    chars = list(seen)
    chars.sort()
    return chars


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    lookup = {}
    for i, ch in enumerate(vocab):
        lookup[ch] = i
    ids = []
    for ch in text:
        try:
            ids.append(lookup[ch])
        except KeyError:
            raise ValueError(f"character {ch!r} is not in the vocabulary")
    return np.array(ids, dtype=np.int32)


def decode(ids, vocab):
    """The text whose indices are ids."""
    pieces = []
    for i in list(ids):
        pieces.append(vocab[int(i)])
    return "".join(pieces)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    z = np.array(logits, dtype=np.float64).reshape(-1)
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, not {temperature}")
    if temperature == 0:
        return int(np.argmax(z))
    z = z / temperature
    log_p = z - (z.max() + np.log(np.sum(np.exp(z - z.max()))))
    cdf = np.cumsum(np.exp(log_p))
    u = rng.random() * cdf[-1]
    k = int(np.searchsorted(cdf, u, side="right"))
    return min(k, len(z) - 1)
