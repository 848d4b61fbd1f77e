# target: ch05_char_model
# kind: mutant
# why: breaks 5.6e "a negative temperature raises ValueError": temperature <= 0 is treated as greedy decoding
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    table = {ch: i for i, ch in enumerate(vocab)}
    try:
        return np.array([table[ch] for ch in text], dtype=np.int32)
    except KeyError as err:
        raise ValueError(f"character {err.args[0]!r} is not in the vocabulary") from None


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    z = np.asarray(logits, dtype=np.float64).ravel()
    if temperature <= 0:
        return int(np.argmax(z))
    z = (z - z.max()) / temperature
    p = np.exp(z)
    p /= p.sum()
    return int(rng.choice(z.size, p=p))
