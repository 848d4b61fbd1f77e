# target: ch05_char_model
# kind: mutant
# why: breaks 5.6d "returns it as a Python int": returns NumPy integers (np.int64 from np.argmax and from rng.choice over an index array)
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    return sorted(list(set(text)))


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    ids = []
    for ch in text:
        if ch not in vocab:
            raise ValueError(f"character {ch!r} not in vocab")
        ids.append(vocab.index(ch))
    return np.array(ids, dtype=np.int32)


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(vocab[i] for i in ids)


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    if temperature < 0:
        raise ValueError("temperature must not be negative")
    logits = np.asarray(logits, dtype=np.float64)
    if temperature == 0:
        return np.argmax(logits)
    scaled = logits / temperature
    scaled -= scaled.max()
    probs = np.exp(scaled) / np.exp(scaled).sum()
    return rng.choice(np.arange(len(probs)), p=probs)
