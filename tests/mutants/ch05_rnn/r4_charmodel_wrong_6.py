# target: ch05_char_model
# kind: mutant
# why: breaks 5.6d: multiplies the logits by the temperature instead of dividing (identical only at temperature 1)
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    pos = {c: i for i, c in enumerate(vocab)}
    missing = [c for c in text if c not in pos]
    if missing:
        raise ValueError(f"character {missing[0]!r} is not in the vocabulary")
    return np.fromiter((pos[c] for c in text), dtype=np.int32, count=len(text))


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError("temperature must be non-negative")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(z))
    z = z * temperature
    z = z - z.max()
    p = np.exp(z)
    p = p / p.sum()
    return int(rng.choice(len(p), p=p))
