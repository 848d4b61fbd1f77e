# target: ch09_choose
# kind: mutant
# why: loss for signal "none" ignores the data and is always "mse", but unlabelled text needs "cross_entropy" (violates 9.7d)
FAMILY = {"tabular": "mlp", "image": "cnn", "sequence": "transformer", "text": "transformer",
          "set": "gnn", "graph": "gnn"}
PARADIGM = {"class": "supervised", "value": "supervised", "none": "self-supervised", "reward": "reinforcement"}
LOSS = {"class": "cross_entropy", "value": "mse", "none": "mse", "reward": "policy_gradient"}


def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal = problem["data"], problem["signal"]
    if data not in FAMILY:
        raise ValueError(f"unknown data {data!r}")
    if signal not in PARADIGM:
        raise ValueError(f"unknown signal {signal!r}")
    family = FAMILY[data]
    if data == "image" and problem["examples"] >= 10_000_000:
        family = "transformer"
    if data in ("sequence", "text") and problem["streaming"]:
        family = "rnn"
    # no labels -> the model reconstructs its input, like chapter 7's autoencoders
    return {"family": family, "paradigm": PARADIGM[signal], "loss": LOSS[signal]}
