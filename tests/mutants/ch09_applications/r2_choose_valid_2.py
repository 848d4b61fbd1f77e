# target: ch09_choose
# kind: alternative
# why: if/elif helpers with a debug print; picks other defensible answers (cnn for all images, transformer for plain sequences, gnn for sets, unsupervised, td) all allowed by the rules
DATA_KINDS = ["tabular", "image", "sequence", "text", "set", "graph"]
SIGNALS = ["class", "value", "none", "reward"]


def pick_family(data, examples, streaming):
    if data == "tabular":
        return "mlp"
    elif data == "image":
        # CNN stays defensible at any size; ViT only "just as" good from 10M on
        return "cnn"
    elif data == "sequence" or data == "text":
        if streaming:
            return "rnn"
        return "transformer"
    elif data == "set":
        return "gnn"  # Deep Sets = graph network without edges
    else:
        return "gnn"


def pick_paradigm_and_loss(signal, data):
    if signal == "class":
        return "supervised", "cross_entropy"
    if signal == "value":
        return "supervised", "mse"
    if signal == "none":
        if data == "text":
            return "unsupervised", "cross_entropy"
        return "unsupervised", "mse"
    return "reinforcement", "td"


def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data = problem.get("data")
    signal = problem.get("signal")
    if data not in DATA_KINDS:
        raise ValueError("bad data: " + repr(data))
    if signal not in SIGNALS:
        raise ValueError("bad signal: " + repr(signal))
    family = pick_family(data, problem["examples"], bool(problem["streaming"]))
    paradigm, loss = pick_paradigm_and_loss(signal, data)
    answer = dict(family=family, paradigm=paradigm, loss=loss)
    print("debug:", data, signal, "->", answer)
    return answer
