# target: ch09_choose
# kind: mutant
# why: "streaming" only checked for sequences; streaming text still gets "transformer" instead of "rnn" (violates 9.7b)
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data = problem["data"]
    signal = problem["signal"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        raise ValueError(f"data {data!r} is not a known kind")
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError(f"signal {signal!r} is not a known signal")

    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data == "sequence":
        family = "rnn" if problem["streaming"] else "cnn"
    elif data == "text":
        family = "transformer"  # pre-trained and fine-tuned
    elif data == "set":
        family = "transformer"
    else:
        family = "gnn"

    if signal in ("class", "value"):
        paradigm = "supervised"
        loss = "cross_entropy" if signal == "class" else "mse"
    elif signal == "none":
        paradigm = "self-supervised"
        loss = "cross_entropy" if data == "text" else "mse"
    else:
        paradigm = "reinforcement"
        loss = "policy_gradient"
    return {"family": family, "paradigm": paradigm, "loss": loss}
