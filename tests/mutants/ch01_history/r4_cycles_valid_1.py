# target: ch01_cycles
# kind: alternative
# why: valid: pure Python lists for w and b, a dict from state tuple to epoch, returns np.bool_ flags; convergence checked before the repeat test
def perceptron_cycles(X, y, max_epochs=100):
    """Detect whether the perceptron rule cycles on (X, y)."""
    rows = [[float(v) for v in row] for row in np.asarray(X)]
    labels = [int(v) for v in np.asarray(y)]
    w = [0.0] * len(rows[0])
    b = 0.0
    first_seen = {}
    for epoch in range(1, max_epochs + 1):
        changed = 0
        for x, label in zip(rows, labels):
            activation = sum(wj * xj for wj, xj in zip(w, x)) + b
            if label * activation <= 0:
                w = [wj + label * xj for wj, xj in zip(w, x)]
                b += label
                changed += 1
        if changed == 0:
            return (np.bool_(False), epoch)
        key = tuple(w) + (b,)
        if key in first_seen:
            print(f"epoch {epoch} repeats epoch {first_seen[key]}")
            return (np.bool_(True), epoch)
        first_seen[key] = epoch
    return (np.bool_(False), None)
