# target: ch04_output_size
# kind: alternative
# why: valid: uses math.floor/math.ceil on true division, a helper for k_eff, isinstance check and a debug print
import math


def effective_kernel(kernel, dilation):
    return dilation * (kernel - 1) + 1


def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    """Output size along one axis of a convolution or pooling layer."""
    if not isinstance(padding, str) or padding not in {"valid", "same"}:
        raise ValueError("padding must be 'valid' or 'same'")
    keff = effective_kernel(kernel, dilation)
    if padding == "same":
        out = math.ceil(n / stride)
    else:
        if n < keff:
            raise ValueError("kernel too big")
        out = math.floor((n - keff) / stride) + 1
    # print(type(out), out)
    return int(out)


def same_padding(n, kernel, stride=1, dilation=1):
    """Zeros (before, after) that padding='same' adds along one axis."""
    keff = effective_kernel(kernel, dilation)
    n_out = math.ceil(n / stride)
    p = (n_out - 1) * stride + keff - n
    if p < 0:
        p = 0
    top = int(p // 2)
    bottom = int(p - top)
    return top, bottom
