# target: ch06_masks
# kind: alternative
# why: index comparisons and expand_dims

def padding_mask(tokens, pad_id=0):
    tokens = np.asarray(tokens)
    return np.expand_dims(np.not_equal(tokens, pad_id), axis=1)


def causal_mask(length):
    index = np.arange(length)
    return index[None, :] <= index[:, None]
