# target: ch06_masks
# kind: mutant
# why: upper triangle: each position sees the future instead of the past
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    return (np.asarray(tokens) != pad_id)[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.triu(np.ones((length, length), dtype=bool))
    ### END SOLUTION
