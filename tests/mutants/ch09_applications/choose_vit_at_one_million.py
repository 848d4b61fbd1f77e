# target: ch09_choose
# kind: mutant
# why: Transformers for images from one million examples, not ten million
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal = problem["data"], problem["signal"]
    families = {"tabular": "mlp", "image": "cnn", "sequence": "rnn", "text": "transformer", "set": "gnn", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"unknown data {data!r}")
    targets = {"class": ("supervised", "cross_entropy"), "value": ("supervised", "mse"),
               "none": ("self-supervised", "cross_entropy" if data == "text" else "mse"), "reward": ("reinforcement", "policy_gradient")}
    if signal not in targets:
        raise ValueError(f"unknown signal {signal!r}")
    family = families[data]
    if data == "image" and problem["examples"] >= 1_000_000:
        family = "transformer"
    if data in ("sequence", "text") and problem["streaming"]:
        family = "rnn"
    paradigm, loss = targets[signal]
    return {"family": family, "paradigm": paradigm, "loss": loss}
