# target: ch09_choose
# kind: mutant
# why: validates data but not signal: the if/elif chain ends in a bare else taken as "reward", so an unknown signal returns a reinforcement choice instead of raising ValueError (9.7e)
def choose_network(problem):
    data = problem["data"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        raise ValueError(f"unknown data {data!r}")
    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "cnn"
    elif data in ("sequence", "text"):
        family = "rnn" if problem["streaming"] else "transformer"
    else:
        family = "gnn"
    signal = problem["signal"]
    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm = "self-supervised"
        loss = "cross_entropy" if data == "text" else "mse"
    else:  # reward
        paradigm, loss = "reinforcement", "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
