# target: ch09_choose
# kind: alternative
# why: ordered rule table of lambdas, validates signal before data and names every bad field with the allowed values; RNN for non-streaming sequences too, CNN for all images
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    valid_data = ("tabular", "image", "sequence", "text", "set", "graph")
    valid_signal = ("class", "value", "none", "reward")
    problems_found = [f"{name}={value!r} (allowed: {', '.join(allowed)})"
                      for name, value, allowed in (("signal", signal, valid_signal), ("data", data, valid_data))
                      if value not in allowed]
    if problems_found:
        raise ValueError("invalid " + " and ".join(problems_found))

    rules = [
        (lambda: data in ("sequence", "text") and problem["streaming"], "rnn"),
        (lambda: data == "tabular", "mlp"),
        (lambda: data == "image", "cnn"),
        (lambda: data == "sequence", "rnn"),
        (lambda: data == "text", "transformer"),
        (lambda: data in ("set", "graph"), "gnn"),
    ]
    family = next(answer for condition, answer in rules if condition())

    paradigm = {"class": "supervised", "value": "supervised",
                "none": "unsupervised", "reward": "reinforcement"}[signal]
    if signal == "class" or (signal == "none" and data == "text"):
        loss = "cross_entropy"
    elif signal == "reward":
        loss = "policy_gradient"
    else:
        loss = "mse"
    return {"family": family, "paradigm": paradigm, "loss": loss}
