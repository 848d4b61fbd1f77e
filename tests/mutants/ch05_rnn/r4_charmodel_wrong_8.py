# target: ch05_char_model
# kind: mutant
# why: breaks 5.6d "(or tensor)": uses logits.max() and logits.argmax() directly, which a TensorFlow tensor does not have
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
    if temperature == 0:
        return int(logits.argmax())
    p = np.exp((logits - logits.max()) / temperature)
    p = p / p.sum()
    return int(rng.choice(len(p), p=p))
