# target: ch05_char_model
# kind: mutant
# why: breaks 5.6e: exponentiates logits / temperature without subtracting the maximum, so small temperatures (1e-3) overflow to inf/nan
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
        return int(np.argmax(logits))
    p = np.exp(logits / temperature)
    p = p / p.sum()
    return int(rng.choice(len(p), p=p))
