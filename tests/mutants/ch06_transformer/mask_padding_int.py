# target: ch06_masks
# kind: mutant
# why: returns a 0/1 integer array instead of booleans
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    return (np.asarray(tokens) != pad_id)[:, None, :].astype(np.int64)


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
    ### END SOLUTION
