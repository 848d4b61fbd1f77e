# target: ch05_char_model
# kind: mutant
# why: breaks 5.6d: samples with np.random.choice (NumPy's global random state) and ignores rng
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    index = {ch: i for i, ch in enumerate(vocab)}
    for ch in text:
        if ch not in index:
            raise ValueError(f"character {ch!r} is not in the vocabulary")
    return np.array([index[ch] for ch in text], dtype=np.int32)


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(z))
    z = z / temperature
    p = np.exp(z - z.max())
    p /= p.sum()
    return int(np.random.choice(len(p), p=p))
