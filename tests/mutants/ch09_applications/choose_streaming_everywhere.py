# target: ch09_choose
# kind: mutant
# why: streaming turns every kind of data into an RNN, images and graphs included
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal = problem["data"], problem["signal"]
    families = {"tabular": "mlp", "image": "cnn", "sequence": "transformer", "text": "transformer", "set": "transformer", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"unknown data {data!r}")
    targets = {"class": ("supervised", "cross_entropy"), "value": ("supervised", "mse"),
               "none": ("unsupervised", "cross_entropy" if data == "text" else "mse"), "reward": ("reinforcement", "td")}
    if signal not in targets:
        raise ValueError(f"unknown signal {signal!r}")
    family = "rnn" if problem["streaming"] else families[data]
    paradigm, loss = targets[signal]
    return {"family": family, "paradigm": paradigm, "loss": loss}
