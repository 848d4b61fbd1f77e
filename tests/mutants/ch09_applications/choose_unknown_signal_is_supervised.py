# target: ch09_choose
# kind: mutant
# why: an unknown signal falls back to supervised cross-entropy instead of raising
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data, signal = problem["data"], problem["signal"]
    families = {"tabular": "mlp", "image": "cnn", "sequence": "rnn", "text": "transformer", "set": "gnn", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"unknown data {data!r}")
    targets = {"value": ("supervised", "mse"),
               "none": ("self-supervised", "cross_entropy" if data == "text" else "mse"), "reward": ("reinforcement", "policy_gradient")}
    family = "rnn" if data in ("sequence", "text") and problem["streaming"] else families[data]
    paradigm, loss = targets.get(signal, ("supervised", "cross_entropy"))
    return {"family": family, "paradigm": paradigm, "loss": loss}
