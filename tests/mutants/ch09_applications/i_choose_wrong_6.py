# target: ch09_choose
# kind: mutant
# why: for rewards picks the family "mlp" (a CartPole-style policy network) whatever the data; the family must still come from the data, e.g. "cnn" for camera frames (9.7b)
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
    if signal == "reward":
        return {"family": "mlp", "paradigm": "reinforcement", "loss": "policy_gradient"}
    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data in ("sequence", "text"):
        family = "rnn" if problem["streaming"] else "transformer"
    else:
        family = "gnn"
    if signal == "class":
        return {"family": family, "paradigm": "supervised", "loss": "cross_entropy"}
    if signal == "value":
        return {"family": family, "paradigm": "supervised", "loss": "mse"}
    return {"family": family, "paradigm": "self-supervised",
            "loss": "cross_entropy" if data == "text" else "mse"}
