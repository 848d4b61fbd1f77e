# target: ch05_char_model
# kind: alternative
# why: inverse-CDF sampling with rng.random(), a stable softmax via logsumexp written out, str.join over a list
def build_vocab(text):
    return sorted({character for character in text})


def encode(text, vocab):
    lookup = dict(zip(vocab, range(len(vocab))))
    try:
        return np.fromiter((lookup[c] for c in text), dtype=np.int32, count=len(text))
    except KeyError as missing:
        raise ValueError(f"character {missing} is not in the vocabulary") from None


def decode(ids, vocab):
    return "".join([vocab[i] for i in np.asarray(ids).tolist()])


def sample_next(logits, temperature, rng):
    if temperature < 0:
        raise ValueError("the temperature must not be negative")
    scores = np.array(logits, dtype=np.float64).ravel()
    if temperature == 0:
        return int(scores.argmax())
    scaled = scores / temperature
    log_norm = scaled.max() + np.log(np.exp(scaled - scaled.max()).sum())
    cdf = np.cumsum(np.exp(scaled - log_norm))
    return int(min(np.searchsorted(cdf, rng.random() * cdf[-1], side="right"), len(cdf) - 1))
