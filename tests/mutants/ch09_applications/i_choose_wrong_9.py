# target: ch09_choose
# kind: mutant
# why: returns a copy of problem with the three choices added, so the result also carries "data", "examples", "signal" and "streaming"; it must have exactly three keys (9.7a)
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        message = f"unknown data {data!r}"
        if signal not in ("class", "value", "none", "reward"):
            message += f"; unknown signal {signal!r}"
        raise ValueError(message)
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"unknown signal {signal!r}")
    choice = dict(problem)
    if data == "tabular":
        choice["family"] = "mlp"
    elif data == "image":
        choice["family"] = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data in ("sequence", "text"):
        choice["family"] = "rnn" if problem["streaming"] else "transformer"
    else:
        choice["family"] = "gnn"
    if signal == "class":
        choice["paradigm"], choice["loss"] = "supervised", "cross_entropy"
    elif signal == "value":
        choice["paradigm"], choice["loss"] = "supervised", "mse"
    elif signal == "none":
        choice["paradigm"] = "self-supervised"
        choice["loss"] = "cross_entropy" if data == "text" else "mse"
    else:
        choice["paradigm"], choice["loss"] = "reinforcement", "policy_gradient"
    return choice
