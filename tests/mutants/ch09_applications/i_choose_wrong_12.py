# target: ch09_choose
# kind: mutant
# why: "forgiving" input: lower-cases and strips data and signal first, so "Image", " class " and even None (str -> "none") are accepted instead of raising ValueError (9.7e)
def choose_network(problem):
    data = str(problem["data"]).strip().lower()
    signal = str(problem["signal"]).strip().lower()
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        message = f"unknown data {problem['data']!r}"
        if signal not in ("class", "value", "none", "reward"):
            message += f"; unknown signal {problem['signal']!r}"
        raise ValueError(message)
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"unknown signal {problem['signal']!r}")
    if data == "tabular":
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
