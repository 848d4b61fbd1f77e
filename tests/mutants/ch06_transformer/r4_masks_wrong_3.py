# target: ch06_masks
# kind: mutant
# why: breaks 6.2a ("wherever it stands in the sequence"): counts the real tokens and marks the first n positions, so padding anywhere but the end is misplaced
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    tokens = np.asarray(tokens)
    lengths = np.sum(tokens != pad_id, axis=1)
    positions = np.arange(tokens.shape[1])
    mask = positions[None, :] < lengths[:, None]
    return mask[:, None, :]


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tril(np.ones((length, length), dtype=bool))
