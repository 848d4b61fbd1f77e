# target: ch09_choose
# kind: mutant
# why: takes "Deep Sets" for a plain MLP and answers "mlp" for sets; the rule allows only "transformer" or "gnn" for sets (9.7b)
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    errors = []
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        errors.append(f"unknown data {data!r}")
    if signal not in ("class", "value", "none", "reward"):
        errors.append(f"unknown signal {signal!r}")
    if errors:
        raise ValueError("; ".join(errors))
    if data in ("tabular", "set"):
        family = "mlp"
    elif data == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data in ("sequence", "text"):
        family = "rnn" if problem["streaming"] else "transformer"
    else:
        family = "gnn"
    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm, loss = "self-supervised", "cross_entropy" if data == "text" else "mse"
    else:
        paradigm, loss = "reinforcement", "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
