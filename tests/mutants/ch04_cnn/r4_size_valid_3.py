# target: ch04_output_size
# kind: alternative
# why: valid: same_padding returns NumPy integers, which 4.1c allows
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
    k_eff = dilation * (kernel - 1) + 1
    n_out = conv_output_size(n, kernel, stride, "same", dilation)
    p = np.maximum((n_out - 1) * stride + k_eff - n, 0)
    return (p // 2, p - p // 2)
