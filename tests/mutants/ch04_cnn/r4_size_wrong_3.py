# target: ch04_output_size
# kind: mutant
# affects: ch04_conv2d, ch04_pooling
# why: breaks 4.1c: takes before = (k_eff - 1) // 2 (half the kernel) instead of floor(p / 2), wrong at stride > 1, e.g. same_padding(28, 3, 2) = (1, 0) instead of (0, 1)
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    """Output size along one axis of a convolution or pooling layer."""
    k_eff = dilation * (kernel - 1) + 1
    if padding == "valid":
        if k_eff > n:
            raise ValueError("effective kernel wider than input")
        return (n - k_eff) // stride + 1
    if padding == "same":
        return (n + stride - 1) // stride
    raise ValueError(f"unknown padding {padding!r}")


def same_padding(n, kernel, stride=1, dilation=1):
    """Zeros (before, after) that padding='same' adds along one axis."""
    k_eff = dilation * (kernel - 1) + 1
    n_out = (n + stride - 1) // stride
    total = max((n_out - 1) * stride + k_eff - n, 0)
    before = (k_eff - 1) // 2          # centre the kernel; the odd zero then goes after
    after = total - before
    return (before, after)
