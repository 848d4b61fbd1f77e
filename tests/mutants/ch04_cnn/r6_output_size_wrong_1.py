# target: ch04_output_size
# kind: mutant
# why: breaks 4.1a: also raises ValueError for padding="same" when the effective kernel is wider than the input, where TensorFlow (and the formula) give ceil(n / s)
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    k_eff = dilation * (kernel - 1) + 1
    if k_eff > n:
        raise ValueError(f"kernel of effective width {k_eff} does not fit in {n}")
    if padding == "valid":
        return (n - k_eff) // stride + 1
    return -(-n // stride)


def same_padding(n, kernel, stride=1, dilation=1):
    k_eff = dilation * (kernel - 1) + 1
    n_out = -(-n // stride)
    total = max((n_out - 1) * stride + k_eff - n, 0)
    return total // 2, total - total // 2
