# target: ch04_output_size
# kind: mutant
# affects: ch04_conv2d, ch04_pooling, ch04_kernels
# why: rounds n / s down instead of up for 'same'
def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    effective = dilation * (kernel - 1) + 1
    if padding == "same":
        return n // stride
    if padding != "valid":
        raise ValueError(f"unknown padding {padding!r}")
    if effective > n:
        raise ValueError("kernel wider than the input")
    return (n - effective) // stride + 1


def same_padding(n, kernel, stride=1, dilation=1):
    effective = dilation * (kernel - 1) + 1
    total = max((conv_output_size(n, kernel, stride, "same") - 1) * stride + effective - n, 0)
    return total // 2, total - total // 2
