# target: ch06_masks
# kind: mutant
# why: breaks 6.2b: off-by-one causal mask (k=-1 keeps only keys strictly before the query), so no position attends to itself
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    tokens = np.asarray(tokens)
    return (tokens != pad_id)[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool), k=-1)
