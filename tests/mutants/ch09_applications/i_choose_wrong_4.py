# target: ch09_choose
# kind: mutant
# why: applies the streaming rule to sequences only and forgets it for text: streaming text gets "transformer" instead of "rnn" (9.7b)
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        message = f"data {data!r} is not a known kind of data"
        if signal not in ("class", "value", "none", "reward"):
            message += f"; signal {signal!r} is not a known signal"
        raise ValueError(message)
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"signal {signal!r} is not a known signal")
    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "cnn"
    elif data == "sequence":
        family = "rnn" if problem["streaming"] else "transformer"
    elif data == "text":
        family = "transformer"
    elif data == "set":
        family = "transformer"
    else:
        family = "gnn"
    if signal in ("class", "value"):
        paradigm = "supervised"
        loss = "cross_entropy" if signal == "class" else "mse"
    elif signal == "none":
        paradigm = "self-supervised"
        loss = "cross_entropy" if data == "text" else "mse"
    else:
        paradigm = "reinforcement"
        loss = "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
