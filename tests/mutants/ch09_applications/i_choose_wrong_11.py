# target: ch09_choose
# kind: mutant
# why: raises ValueError for a bad data kind but the message ("unknown kind 'video'; expected one of ...") never names data (9.7e)
def choose_network(problem):
    kind = problem["data"]
    signal = problem["signal"]
    kinds = ("tabular", "image", "sequence", "text", "set", "graph")
    if kind not in kinds:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(kinds)}")
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"unknown signal {signal!r}")
    if kind == "tabular":
        family = "mlp"
    elif kind == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif kind in ("sequence", "text"):
        family = "rnn" if problem["streaming"] else "transformer"
    else:
        family = "gnn"
    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm, loss = "self-supervised", "cross_entropy" if kind == "text" else "mse"
    else:
        paradigm, loss = "reinforcement", "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
