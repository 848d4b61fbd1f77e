# target: ch01_mp_unit
# kind: alternative
# why: valid: einsum on a float copy, compared and cast back to int; inhibitory-veto style gates (NOT with weight -5, NAND with -3)
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    Xf = np.array(X, dtype=float)             # a copy; X is untouched
    wf = np.array(weights, dtype=float)
    s = np.einsum("bn,n->b", Xf, wf)
    fires = s >= threshold
    print("sums:", s, "fires:", fires.astype(int))
    return fires.astype(int)


GATES = {}
GATES["AND"] = ([1, 1], 2)
GATES["OR"] = ([3, 3], 2)
GATES["NAND"] = ([-3, -3], -5)
GATES["NOT"] = ([-5], 0)
