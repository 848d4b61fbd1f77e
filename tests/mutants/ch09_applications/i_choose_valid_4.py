# target: ch09_choose
# kind: alternative
# why: works on a copy, picks from the FAMILIES/PARADIGMS/LOSSES tuples by index; mixes the allowed choices (unsupervised except for text, TD for images, policy gradient otherwise)
def choose_network(problem):
    p = dict(problem)
    kinds = ["tabular", "image", "sequence", "text", "set", "graph"]
    signals = ["class", "value", "none", "reward"]
    message = ""
    if p.get("data") not in kinds:
        message += "problem['data'] = %r is not a valid kind of data %s. " % (p.get("data"), kinds)
    if p.get("signal") not in signals:
        message += "problem['signal'] = %r is not a valid training signal %s." % (p.get("signal"), signals)
    if message:
        raise ValueError(message.strip())
    mlp, cnn, rnn, transformer, gnn = FAMILIES
    supervised, self_supervised, unsupervised, reinforcement = PARADIGMS
    cross_entropy, mse, policy_gradient, td = LOSSES

    data = p["data"]
    if data == "tabular":
        family = mlp
    elif data == "image":
        family = cnn if p["examples"] < 1e7 else transformer
    elif data in ("sequence", "text") and p["streaming"]:
        family = rnn
    elif data == "sequence":
        family = transformer
    elif data == "text":
        family = transformer
    elif data == "set":
        family = transformer
    else:
        family = gnn

    signal = p["signal"]
    if signal == "class":
        paradigm, loss = supervised, cross_entropy
    elif signal == "value":
        paradigm, loss = supervised, mse
    elif signal == "none":
        paradigm = self_supervised if data == "text" else unsupervised
        loss = cross_entropy if data == "text" else mse
    else:
        paradigm = reinforcement
        loss = td if data == "image" else policy_gradient
    return {"family": family, "paradigm": paradigm, "loss": loss}
