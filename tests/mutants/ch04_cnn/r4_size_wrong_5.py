# target: ch04_output_size
# kind: mutant
# affects: ch04_conv2d, ch04_pooling
# why: breaks 4.1c: same_padding ignores the stride (total padding k_eff - 1, the stride-1 formula)
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
    p = k_eff - 1
    return (p // 2, p - p // 2)
