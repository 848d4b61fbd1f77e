# target: ch04_receptive_field
# kind: alternative
# why: valid: closed form r = 1 + sum_l d_l (k_l - 1) prod_{m<l} s_m with functools.reduce, returned as a tuple of Python ints; works for lists or tuples and mixed forms
import functools


def receptive_field(layers):
    def step(acc, layer):
        size, jump = acc
        kernel, stride, *rest = layer
        dilation = rest[0] if rest else 1
        return size + dilation * (kernel - 1) * jump, jump * stride

    size, jump = functools.reduce(step, tuple(layers), (1, 1))
    return int(size), int(jump)
