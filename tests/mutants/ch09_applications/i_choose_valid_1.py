# target: ch09_choose
# kind: alternative
# why: if/elif chain; validates both fields up front and names every bad one; Transformer for images from 10 million on, Transformer for non-streaming sequences, GNN for sets, self-supervised, policy gradient
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    kinds = ("tabular", "image", "sequence", "text", "set", "graph")
    signals = ("class", "value", "none", "reward")
    errors = []
    if data not in kinds:
        errors.append(f"data must be one of {kinds}, got {data!r}")
    if signal not in signals:
        errors.append(f"signal must be one of {signals}, got {signal!r}")
    if errors:
        raise ValueError("; ".join(errors))

    streaming = bool(problem["streaming"])
    if data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "transformer" if problem["examples"] >= 10_000_000 else "cnn"
    elif data == "sequence":
        family = "rnn" if streaming else "transformer"
    elif data == "text":
        family = "rnn" if streaming else "transformer"
    elif data == "set":
        family = "gnn"
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
