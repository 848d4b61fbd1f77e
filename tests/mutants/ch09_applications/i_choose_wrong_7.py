# target: ch09_choose
# kind: mutant
# why: reads the flag with problem.pop("streaming", False), which deletes the key from the caller's dict; the function must not modify problem (9.7a)
def choose_network(problem):
    streaming = problem.pop("streaming", False)
    data = problem["data"]
    signal = problem["signal"]
    errors = []
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        errors.append(f"unknown data {data!r}")
    if signal not in ("class", "value", "none", "reward"):
        errors.append(f"unknown signal {signal!r}")
    if errors:
        raise ValueError("; ".join(errors))
    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data in ("sequence", "text"):
        family = "rnn" if streaming else "transformer"
    else:
        family = "gnn"
    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm, loss = "unsupervised", ("cross_entropy" if data == "text" else "mse")
    else:
        paradigm, loss = "reinforcement", "td"
    return {"family": family, "paradigm": paradigm, "loss": loss}
