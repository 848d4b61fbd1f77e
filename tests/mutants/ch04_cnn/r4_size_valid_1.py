# target: ch04_output_size
# kind: alternative
# why: valid: integer-only ceil via -(-n // s), explicit tuple check on padding, int() casts so NumPy integer arguments also give Python ints
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    """Output size along one axis of a convolution or pooling layer."""
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    n, kernel, stride, dilation = int(n), int(kernel), int(stride), int(dilation)
    k_eff = dilation * (kernel - 1) + 1
    if padding == "valid":
        if k_eff > n:
            raise ValueError(f"effective kernel {k_eff} is wider than the input {n}")
        return (n - k_eff) // stride + 1
    return -(-n // stride)


def same_padding(n, kernel, stride=1, dilation=1):
    """Zeros (before, after) that padding='same' adds along one axis."""
    k_eff = int(dilation) * (int(kernel) - 1) + 1
    n_out = conv_output_size(n, kernel, stride, "same", dilation)
    total = max((n_out - 1) * int(stride) + k_eff - int(n), 0)
    before = total // 2
    return (before, total - before)
