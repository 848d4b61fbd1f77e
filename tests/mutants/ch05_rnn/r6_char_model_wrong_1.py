# target: ch05_char_model
# kind: mutant
# why: breaks 5.6d: returns the NumPy int64 that np.argmax and rng.choice(np.arange(n), p=...) give, not a Python int
def build_vocab(text):
    return sorted(set(text))


def encode(text, vocab):
    index = {ch: i for i, ch in enumerate(vocab)}
    for ch in text:
        if ch not in index:
            raise ValueError(f"character {ch!r} is not in the vocabulary")
    return np.array([index[ch] for ch in text], dtype=np.int32)


def decode(ids, vocab):
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature < 0:
        raise ValueError("temperature must be non-negative")
    if temperature == 0:
        return np.argmax(logits)
    z = logits / temperature
    p = np.exp(z - z.max())
    return rng.choice(np.arange(len(p)), p=p / p.sum())
