# target: ch05_char_model
# kind: mutant
# why: breaks 5.6b: the ValueError for an unknown character does not name the character
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    index = {ch: i for i, ch in enumerate(vocab)}
    if not set(text) <= set(index):
        raise ValueError("text contains characters that are not in the vocabulary")
    return np.array([index[ch] for ch in text], dtype=np.int32)


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError(f"temperature must be >= 0, got {temperature}")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(z.argmax())
    z = (z - z.max()) / temperature
    p = np.exp(z) / np.exp(z).sum()
    return int(rng.choice(len(p), p=p))
