# target: ch06_masks
# kind: alternative
# why: valid: np.not_equal + np.expand_dims for padding, np.tri(dtype=bool) for the causal mask, with a debug print of the input type
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    print(type(tokens))
    tokens = np.asarray(tokens)
    return np.expand_dims(np.not_equal(tokens, pad_id), axis=1)


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    return np.tri(length, length, 0, dtype=bool)
