# target: ch09_choose
# kind: mutant
# why: a reinforcement problem always gets an MLP policy, whatever the agent observes
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal = problem["data"], problem["signal"]
    families = {"tabular": "mlp", "image": "cnn", "sequence": "rnn", "text": "transformer", "set": "gnn", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"unknown data {data!r}")
    if signal == "reward":
        return {"family": "mlp", "paradigm": "reinforcement", "loss": "policy_gradient"}
    targets = {"class": ("supervised", "cross_entropy"), "value": ("supervised", "mse"),
               "none": ("self-supervised", "cross_entropy" if data == "text" else "mse")}
    if signal not in targets:
        raise ValueError(f"unknown signal {signal!r}")
    family = "rnn" if data in ("sequence", "text") and problem["streaming"] else families[data]
    paradigm, loss = targets[signal]
    return {"family": family, "paradigm": paradigm, "loss": loss}
