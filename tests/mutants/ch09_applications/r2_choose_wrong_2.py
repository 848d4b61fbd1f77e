# target: ch09_choose
# kind: mutant
# why: caches the answer by writing problem["choice"] into the input dict, so problem is modified (violates 9.7a)
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    if "choice" in problem:
        return dict(problem["choice"])
    data = problem["data"]
    signal = problem["signal"]
    families = {"tabular": "mlp", "image": "cnn", "sequence": "cnn", "text": "transformer",
                "set": "transformer", "graph": "gnn"}
    if data not in families:
        raise ValueError(f"data must be one of {list(families)}, got {data!r}")
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"signal must be class, value, none or reward, got {signal!r}")
    family = families[data]
    if data == "image" and problem["examples"] >= 10_000_000:
        family = "transformer"
    if data in ("sequence", "text") and problem["streaming"]:
        family = "rnn"
    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm, loss = "self-supervised", ("cross_entropy" if data == "text" else "mse")
    else:
        paradigm, loss = "reinforcement", "td"
    choice = {"family": family, "paradigm": paradigm, "loss": loss}
    problem["choice"] = choice  # remember it so the table and the tests don't recompute
    return dict(choice)
