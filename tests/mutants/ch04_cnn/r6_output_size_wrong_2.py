# target: ch04_output_size
# kind: mutant
# why: breaks 4.1b: the "too wide" check compares the raw kernel, not the effective (dilated) kernel, with n, so conv_output_size(5, 3, dilation=3) returns -1 instead of raising
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    if padding == "same":
        return -(-n // stride)
    if kernel > n:
        raise ValueError(f"kernel {kernel} is wider than the input {n}")
    k_eff = dilation * (kernel - 1) + 1
    return (n - k_eff) // stride + 1


def same_padding(n, kernel, stride=1, dilation=1):
    k_eff = dilation * (kernel - 1) + 1
    n_out = -(-n // stride)
    total = max((n_out - 1) * stride + k_eff - n, 0)
    return total // 2, total - total // 2
