# target: ch01_cycles
# kind: alternative
# why: valid: augmented state vector stored as bytes in a dict epoch -> state, NumPy bool in the result (allowed by 4.2a), same rule and epoch numbering
def one_epoch(Xa, y, wa):
    """One pass of the rule with learning rate 1; returns the number of updates (wa changes in place)."""
    count = 0
    for xa, yi in zip(Xa, y):
        if yi * (xa[:-1] @ wa[:-1] + wa[-1]) <= 0:
            wa += yi * xa
            count += 1
    return count


def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    Xa = np.column_stack([X, np.ones(len(X))])
    y = np.asarray(y, dtype=np.float64)
    wa = np.zeros(Xa.shape[1])
    end_states = {}
    epoch = 1
    while epoch <= max_epochs:
        if one_epoch(Xa, y, wa) == 0:
            return np.bool_(False), epoch
        key = wa.tobytes()
        if key in end_states:
            return np.bool_(True), epoch
        end_states[key] = epoch
        epoch += 1
    return np.bool_(False), None
