# target: ch05_char_model
# kind: mutant
# why: multiplies the logits by the temperature instead of dividing
def build_vocab(text):
    return sorted(set(text))


def encode(text, vocab):
    index = {ch: i for i, ch in enumerate(vocab)}
    missing = set(text) - index.keys()
    if missing:
        raise ValueError(f"unknown characters {sorted(missing)[:5]}")
    return np.array([index[ch] for ch in text], dtype=np.int32)


def decode(ids, vocab):
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    z = np.asarray(logits, dtype=np.float64).reshape(-1)
    if temperature < 0:
        raise ValueError("negative temperature")
    if temperature == 0:
        return int(np.argmax(z))
    z = (z - z.max()) * temperature
    p = np.exp(z)
    return int(rng.choice(len(p), p=p / p.sum()))
