# target: ch04_output_size
# kind: alternative
# why: math.ceil / math.floor and padding from the input size, written independently
import math


def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    span = (kernel - 1) * dilation + 1
    if padding not in ("valid", "same"):
        raise ValueError("padding must be 'valid' or 'same'")
    if padding == "same":
        return int(math.ceil(n / stride))
    if n < span:
        raise ValueError("the kernel does not fit")
    return int(math.floor((n - span) / stride)) + 1


def same_padding(n, kernel, stride=1, dilation=1):
    span = (kernel - 1) * dilation + 1
    out = int(math.ceil(n / stride))
    needed = (out - 1) * stride + span
    total = needed - n if needed > n else 0
    before = int(math.floor(total / 2))
    return before, total - before
