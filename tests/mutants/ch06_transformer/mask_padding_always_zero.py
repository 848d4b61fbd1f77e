# target: ch06_masks
# kind: mutant
# why: compares with 0 whatever pad_id is
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    return (np.asarray(tokens) != 0)[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
    ### END SOLUTION
