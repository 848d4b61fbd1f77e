# target: ch05_char_model
# kind: mutant
# why: breaks 5.6c "(an array or a list)": decode calls ids.tolist(), so a plain list of ids raises AttributeError
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    index = {ch: i for i, ch in enumerate(vocab)}
    ids = np.zeros(len(text), dtype=np.int32)
    for k, ch in enumerate(text):
        if ch not in index:
            raise ValueError(f"character {ch!r} not in vocabulary")
        ids[k] = index[ch]
    return ids


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[i] for i in ids.tolist())


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError("temperature must be >= 0")
    z = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(z))
    z = (z - z.max()) / temperature
    p = np.exp(z)
    p /= p.sum()
    return int(rng.choice(len(p), p=p))
