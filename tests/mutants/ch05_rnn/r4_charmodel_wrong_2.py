# target: ch05_char_model
# kind: mutant
# why: breaks 5.6e "must not overflow for temperatures as small as 1e-3": softmax without subtracting the maximum (exp overflows to inf, p becomes nan)
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(set(text))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    lookup = {c: i for i, c in enumerate(vocab)}
    out = np.empty(len(text), dtype=np.int32)
    for k, c in enumerate(text):
        if c not in lookup:
            raise ValueError(f"unknown character {c!r}")
        out[k] = lookup[c]
    return out


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join([vocab[i] for i in np.asarray(ids).tolist()])


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError("negative temperature")
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return int(np.argmax(logits))
    e = np.exp(logits / temperature)
    p = e / e.sum()
    return int(rng.choice(len(p), p=p))
