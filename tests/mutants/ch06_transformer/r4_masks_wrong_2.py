# target: ch06_masks
# kind: mutant
# why: breaks 6.2a: uses tokens > pad_id (assumes the pad id is the smallest id), so real tokens with ids below pad_id are masked out
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    tokens = np.asarray(tokens)
    return (tokens > pad_id)[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
