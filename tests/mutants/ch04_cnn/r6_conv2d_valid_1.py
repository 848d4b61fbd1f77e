# target: ch04_conv2d
# kind: alternative
# why: valid: im2col with sliding_window_view + np.tensordot, stride accepted as int, tuple, list or array, float32 inputs cast to float64, bias added with np.add (not in place on inputs)
from numpy.lib.stride_tricks import sliding_window_view


def as_pair(value):
    pair = np.broadcast_to(np.asarray(value, dtype=np.int64), (2,))
    return int(pair[0]), int(pair[1])


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    if padding != "valid" and padding != "same":
        raise ValueError("padding must be 'valid' or 'same'")
    x64 = np.array(x, dtype=np.float64)          # a copy: the caller's array is never touched
    k64 = np.array(kernels, dtype=np.float64)
    if x64.ndim != 4 or k64.ndim != 4 or x64.shape[3] != k64.shape[2]:
        raise ValueError(f"x has {x64.shape[-1]} channels, kernels expect {k64.shape[2]}")
    s_h, s_w = as_pair(stride)
    k_h, k_w, _, c_out = k64.shape
    if padding == "same":
        top, bottom = same_padding(x64.shape[1], k_h, s_h)
        left, right = same_padding(x64.shape[2], k_w, s_w)
        x64 = np.pad(x64, [(0, 0), (int(top), int(bottom)), (int(left), int(right)), (0, 0)], mode="constant")
    windows = sliding_window_view(x64, (k_h, k_w), axis=(1, 2))[:, ::s_h, ::s_w]  # (B, H_out, W_out, C_in, k_h, k_w)
    out = np.tensordot(windows, k64, axes=([4, 5, 3], [0, 1, 2]))                   # (B, H_out, W_out, C_out)
    if bias is not None:
        out = np.add(out, np.asarray(bias, dtype=np.float64).reshape(c_out))
    return np.ascontiguousarray(out, dtype=np.float64)
