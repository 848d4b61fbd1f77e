# target: ch06_masks
# kind: mutant
# why: breaks 6.2b ("for any length >= 1"): rejects length 1 with a ValueError (off-by-one validation)
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    tokens = np.asarray(tokens)
    return (tokens != pad_id)[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    if length <= 1:
        raise ValueError(f"a causal mask needs at least two positions, got {length}")
    query = np.arange(length)[:, None]
    key = np.arange(length)[None, :]
    return key <= query
