# target: ch09_choose
# kind: mutant
# why: checks "streaming" first for every kind of data, so a streaming image/tabular/graph/set problem gets "rnn"; streaming changes the choice only for sequences and text (9.7b)
def choose_network(problem):
    data, signal = problem["data"], problem["signal"]
    errors = []
    if data not in ["tabular", "image", "sequence", "text", "set", "graph"]:
        errors.append("invalid data: " + repr(data))
    if signal not in ["class", "value", "none", "reward"]:
        errors.append("invalid signal: " + repr(signal))
    if errors:
        raise ValueError("; ".join(errors))
    if problem["streaming"]:
        family = "rnn"
    elif data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "cnn" if problem["examples"] < 10_000_000 else "transformer"
    elif data == "sequence":
        family = "cnn"
    elif data == "text":
        family = "transformer"
    else:
        family = "gnn"
    paradigm = {"class": "supervised", "value": "supervised",
                "none": "unsupervised", "reward": "reinforcement"}[signal]
    if signal == "class":
        loss = "cross_entropy"
    elif signal == "value":
        loss = "mse"
    elif signal == "none":
        loss = "cross_entropy" if data == "text" else "mse"
    else:
        loss = "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
