# target: ch09_choose
# kind: mutant
# why: image threshold set at one million instead of ten million, so 1M-10M images get "transformer" (violates 9.7b)
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data = problem["data"]
    signal = problem["signal"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        raise ValueError(f"unknown data {data!r}")
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"unknown signal {signal!r}")

    if data == "tabular":
        family = "mlp"
    elif data == "image":
        # ViT matched ResNets after ImageNet-scale pre-training
        family = "transformer" if problem["examples"] >= 1_000_000 else "cnn"
    elif data in ("sequence", "text"):
        family = "rnn" if problem["streaming"] else "transformer"
    elif data == "set":
        family = "transformer"
    else:
        family = "gnn"

    if signal == "class":
        paradigm, loss = "supervised", "cross_entropy"
    elif signal == "value":
        paradigm, loss = "supervised", "mse"
    elif signal == "none":
        paradigm = "self-supervised"
        loss = "cross_entropy" if data == "text" else "mse"
    else:
        paradigm, loss = "reinforcement", "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
