# target: ch05_char_model
# kind: alternative
# why: Gumbel-max sampling (argmax of logits/tau plus rng.gumbel noise draws exactly from p_tau, no exp at all), vocab.index lookups, debug prints
def build_vocab(text):
    """Sorted list of the distinct characters of text."""
    vocab = sorted({c for c in text})
    print("vocab size", len(vocab))
    return vocab


def encode(text, vocab):
    """int32 indices of the characters of text in vocab."""
    result = np.zeros(len(text), dtype="int32")
    for pos, c in enumerate(text):
        if c not in vocab:
            raise ValueError("character not in vocabulary: " + repr(c))
        result[pos] = vocab.index(c)
    return result


def decode(ids, vocab):
    """The text whose indices are ids."""
    return "".join(map(lambda i: vocab[int(i)], np.asarray(ids).ravel()))


def sample_next(logits, temperature, rng):
    """One index drawn from softmax(logits / temperature) with the generator rng."""
    z = np.asarray(logits).astype(np.float64).ravel()
    if temperature < 0:
        raise ValueError("temperature cannot be negative")
    if temperature == 0:
        return int(np.argmax(z))
    noisy = z / temperature + rng.gumbel(size=z.shape)
    return int(np.argmax(noisy))
