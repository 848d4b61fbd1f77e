# target: ch05_char_model
# kind: mutant
# why: breaks 5.6b: the ValueError for an unknown character does not name the character
def build_vocab(text):
    return sorted(set(text))


def encode(text, vocab):
    index = {ch: i for i, ch in enumerate(vocab)}
    try:
        return np.array([index[ch] for ch in text], dtype=np.int32)
    except KeyError:
        raise ValueError("text contains a character outside the vocabulary") from None


def decode(ids, vocab):
    return "".join(vocab[int(i)] for i in ids)


def sample_next(logits, temperature, rng):
    logits = np.asarray(logits, dtype=np.float64)
    if temperature < 0:
        raise ValueError("temperature must be non-negative")
    if temperature == 0:
        return int(np.argmax(logits))
    z = logits / temperature
    p = np.exp(z - z.max())
    return int(rng.choice(len(p), p=p / p.sum()))
