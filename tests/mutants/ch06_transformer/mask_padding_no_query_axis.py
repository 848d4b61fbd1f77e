# target: ch06_masks
# kind: mutant
# why: returns (batch, T) without the axis that broadcasts over queries
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    return (np.asarray(tokens) != pad_id)


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
    ### END SOLUTION
