# target: ch04_output_size
# kind: mutant
# affects: ch04_conv2d, ch04_pooling
# why: breaks 4.1a: 'same' uses floor n // s instead of ceil(n / s) (wrong whenever s does not divide n)
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    """Output size along one axis of a convolution or pooling layer."""
    k_eff = dilation * (kernel - 1) + 1
    if padding == "valid":
        if k_eff > n:
            raise ValueError("effective kernel wider than input")
        return (n - k_eff) // stride + 1
    elif padding == "same":
        return n // stride
    else:
        raise ValueError(f"unknown padding {padding!r}")


def same_padding(n, kernel, stride=1, dilation=1):
    """Zeros (before, after) that padding='same' adds along one axis."""
    k_eff = dilation * (kernel - 1) + 1
    n_out = conv_output_size(n, kernel, stride, "same", dilation)
    p = max((n_out - 1) * stride + k_eff - n, 0)
    return (p // 2, p - p // 2)
