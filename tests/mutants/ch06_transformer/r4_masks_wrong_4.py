# target: ch06_masks
# kind: mutant
# why: breaks 6.2a: never converts tokens to an array, so a nested list compares as a whole (list != int is just True) and indexing fails
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    mask = tokens != pad_id
    return mask[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
