# target: ch01_xor_search
# kind: alternative
# why: valid: nested Python loops written to match product order, a helper for the unit, Python floats, early exit on the first wrong row
def unit_output(w1, w2, theta, x1, x2):
    return 1 if w1 * x1 + w2 * x2 >= theta else 0


def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    values = [float(v) for v in grid]
    wanted = [int(t) for t in target]
    inputs = [(0, 0), (0, 1), (1, 0), (1, 1)]
    result = []
    for w1 in values:
        for w2 in values:
            for theta in values:
                ok = True
                for (x1, x2), t in zip(inputs, wanted):
                    if unit_output(w1, w2, theta, x1, x2) != t:
                        ok = False
                        break
                if ok:
                    result.append((w1, w2, theta))
    return result
