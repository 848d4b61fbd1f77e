# target: ch04_output_size
# kind: mutant
# why: breaks 4.1c: same_padding ignores dilation (uses kernel instead of d (k - 1) + 1), so dilated 'same' convolutions get too few zeros
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    if padding == "same":
        return -(-n // stride)
    k_eff = dilation * (kernel - 1) + 1
    if k_eff > n:
        raise ValueError(f"kernel of effective width {k_eff} does not fit in {n}")
    return (n - k_eff) // stride + 1


def same_padding(n, kernel, stride=1, dilation=1):
    n_out = -(-n // stride)
    total = max((n_out - 1) * stride + kernel - n, 0)
    return total // 2, total - total // 2
