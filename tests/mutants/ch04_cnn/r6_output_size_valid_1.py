# target: ch04_output_size
# kind: alternative
# why: valid: math.ceil/floor, NumPy int64 results (allowed), same_padding via TensorFlow's "n % s" formula, returned as a list of NumPy ints
import math


def effective(kernel, dilation):
    return dilation * (kernel - 1) + 1


def conv_output_size(n, kernel, stride=1, padding="valid", dilation=1):
    if padding == "same":
        return np.int64(math.ceil(n / stride)) if n < 2**52 else np.int64(-(-n // stride))
    if padding == "valid":
        k_eff = effective(kernel, dilation)
        if k_eff > n:
            raise ValueError("effective kernel wider than the input")
        return np.int64(math.floor((n - k_eff) / stride) + 1) if n < 2**52 else np.int64((n - k_eff) // stride + 1)
    raise ValueError("padding must be 'valid' or 'same'")


def same_padding(n, kernel, stride=1, dilation=1):
    k_eff = effective(kernel, dilation)
    if n % stride == 0:
        total = max(k_eff - stride, 0)
    else:
        total = max(k_eff - n % stride, 0)
    before = np.int64(total // 2)
    return [before, np.int64(total) - before]
