# target: ch04_conv2d
# kind: mutant
# affects: ch04_kernels
# why: hands the work to tf.nn.conv2d under another name
_library_conv = tf.nn.conv2d


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    if padding not in ("valid", "same"):
        raise ValueError("unknown padding")
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    if x.shape[-1] != kernels.shape[2]:
        raise ValueError("channel mismatch")
    out = _library_conv(x, kernels, strides=stride, padding=padding.upper()).numpy()
    return out if bias is None else out + np.asarray(bias, dtype=np.float64)
