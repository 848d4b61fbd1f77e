# target: ch06_masks
# kind: alternative
# why: valid: plain Python loops over the (possibly nested-list) tokens and over the (query, key) pairs, converted to bool arrays at the end
def padding_mask(tokens, pad_id=0):
    """(batch, 1, T) boolean: True for real tokens, False for padding."""
    rows = []
    for sequence in tokens:
        rows.append([[int(token) != pad_id for token in sequence]])
    mask = np.array(rows, dtype=bool)
    print("padding mask shape:", mask.shape)
    return mask


def causal_mask(length):
    """(length, length) boolean: True where key j <= query i."""
    mask = np.zeros((length, length), dtype=bool)
    for i in range(length):
        for j in range(length):
            if j <= i:
                mask[i, j] = True
    return mask
