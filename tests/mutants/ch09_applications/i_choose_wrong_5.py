# target: ch09_choose
# kind: mutant
# why: uses "mse" (reconstruction) for every unlabelled problem, ignoring that for text the loss is "cross_entropy" on the next/masked token (9.7d)
def choose_network(problem):
    data = problem["data"]
    signal = problem["signal"]
    family_by_data = {"tabular": "mlp", "image": "cnn", "sequence": "transformer",
                      "text": "transformer", "set": "gnn", "graph": "gnn"}
    training_by_signal = {"class": ("supervised", "cross_entropy"),
                          "value": ("supervised", "mse"),
                          "none": ("self-supervised", "mse"),
                          "reward": ("reinforcement", "policy_gradient")}
    errors = []
    if data not in family_by_data:
        errors.append(f"unknown data: {data!r}")
    if signal not in training_by_signal:
        errors.append(f"unknown signal: {signal!r}")
    if errors:
        raise ValueError("; ".join(errors))
    family = family_by_data[data]
    if data in ("sequence", "text") and problem["streaming"]:
        family = "rnn"
    paradigm, loss = training_by_signal[signal]
    return {"family": family, "paradigm": paradigm, "loss": loss}
