# target: ch09_choose
# kind: alternative
# why: helper functions per axis; Transformer only strictly above 10 million images, temporal CNN for non-streaming sequences, GNN for sets; messages start with the field name
def choose_network(problem):
    def family_for(data, examples, streaming):
        if data == "tabular":
            return "mlp"
        if data == "image":
            return "transformer" if examples > 10 ** 7 else "cnn"
        if data in ("sequence", "text"):
            if streaming:
                return "rnn"
            return "cnn" if data == "sequence" else "transformer"
        if data in ("set", "graph"):
            return "gnn"
        message = "data: expected tabular, image, sequence, text, set or graph, got %r" % (data,)
        if problem["signal"] not in ("class", "value", "none", "reward"):
            message += "; signal: also not one of class, value, none, reward, got %r" % (problem["signal"],)
        raise ValueError(message)

    def training_for(signal, data):
        if signal in ("class", "value"):
            return "supervised", "cross_entropy" if signal == "class" else "mse"
        if signal == "none":
            return "self-supervised", "cross_entropy" if data == "text" else "mse"
        if signal == "reward":
            return "reinforcement", "td"
        raise ValueError("signal: expected class, value, none or reward, got %r" % (signal,))

    family = family_for(problem["data"], problem["examples"], problem["streaming"])
    paradigm, loss = training_for(problem["signal"], problem["data"])
    return {"paradigm": paradigm, "loss": loss, "family": family}
