# target: ch06_masks
# kind: mutant
# why: breaks 6.2a: compares with 0 instead of pad_id, so a non-zero pad_id is treated as a real token (and real 0 tokens as padding)
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    tokens = np.asarray(tokens)
    return (tokens != 0)[:, np.newaxis, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
