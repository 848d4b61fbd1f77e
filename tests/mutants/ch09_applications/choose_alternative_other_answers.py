# target: ch09_choose
# kind: alternative
# why: the other defensible answer wherever a rule allows several, written as if-chains; a dict subclass is returned
def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    import collections
    data, signal, n = problem["data"], problem["signal"], problem["examples"]
    if data not in ("tabular", "image", "sequence", "text", "set", "graph"):
        raise ValueError("problem['data'] must be a known kind of data, got " + repr(data))
    if signal not in ("class", "value", "none", "reward"):
        raise ValueError("problem['signal'] must be class, value, none or reward, got " + repr(signal))
    ordered = data in ("sequence", "text")
    if ordered and problem["streaming"]:
        family = "rnn"
    elif data == "tabular":
        family = "mlp"
    elif data == "image":
        family = "transformer" if n >= 10_000_000 else "cnn"
    elif data == "sequence":
        family = "cnn"
    elif data in ("text", "set"):
        family = "transformer"
    else:
        family = "gnn"
    if signal == "reward":
        paradigm, loss = "reinforcement", "td"
    elif signal == "none":
        paradigm, loss = "unsupervised", ("cross_entropy" if data == "text" else "mse")
    else:
        paradigm, loss = "supervised", ("mse" if signal == "value" else "cross_entropy")
    answer = collections.OrderedDict()
    answer["family"], answer["paradigm"], answer["loss"] = family, paradigm, loss
    return answer
