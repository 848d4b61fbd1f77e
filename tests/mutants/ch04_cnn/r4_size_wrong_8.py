# target: ch04_output_size
# kind: mutant
# why: breaks 4.1c: same_padding ignores dilation (uses kernel instead of k_eff), e.g. same_padding(28, 3, dilation=2) = (1, 1) instead of (2, 2)
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    """Output size along one axis of a convolution or pooling layer."""
    k_eff = dilation * (kernel - 1) + 1
    if padding == "valid":
        if k_eff > n:
            raise ValueError("effective kernel wider than input")
        return (n - k_eff) // stride + 1
    if padding == "same":
        return -(-n // stride)
    raise ValueError(f"unknown padding {padding!r}")


def same_padding(n, kernel, stride=1, dilation=1):
    """Zeros (before, after) that padding='same' adds along one axis."""
    n_out = -(-n // stride)
    p = max((n_out - 1) * stride + kernel - n, 0)
    return (p // 2, p - p // 2)
