# target: ch04_output_size
# kind: mutant
# affects: ch04_conv2d, ch04_pooling, ch04_kernels
# why: always pads (k - 1) / 2 on both sides, whatever the stride
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    effective = dilation * (kernel - 1) + 1
    if padding == "same":
        return -(-n // stride)
    if padding != "valid":
        raise ValueError(f"unknown padding {padding!r}")
    if effective > n:
        raise ValueError("kernel wider than the input")
    return (n - effective) // stride + 1


def same_padding(n, kernel, stride=1, dilation=1):
    total = dilation * (kernel - 1)
    return total // 2, total - total // 2
