# target: ch09_choose
# kind: mutant
# why: takes "streaming" out of the caller's dict with pop (a default for problems without it)
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal, streaming = problem["data"], problem["signal"], problem.pop("streaming", False)
    families = {"tabular": "mlp", "image": "cnn", "sequence": "rnn", "text": "transformer", "set": "gnn", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"unknown data {data!r}")
    targets = {"class": ("supervised", "cross_entropy"), "value": ("supervised", "mse"),
               "none": ("self-supervised", "cross_entropy" if data == "text" else "mse"), "reward": ("reinforcement", "policy_gradient")}
    if signal not in targets:
        raise ValueError(f"unknown signal {signal!r}")
    family = "rnn" if data in ("sequence", "text") and streaming else families[data]
    paradigm, loss = targets[signal]
    return {"family": family, "paradigm": paradigm, "loss": loss}
