# target: ch09_choose
# kind: alternative
# why: lookup tables; CNN for every image size, RNN for every sequence, Transformer for sets, unsupervised, TD loss; one combined message when both fields are bad
def choose_network(problem):
    family_of = {"tabular": "mlp", "image": "cnn", "sequence": "rnn",
                 "text": "transformer", "set": "transformer", "graph": "gnn"}
    training_of = {"class": ("supervised", "cross_entropy"),
                   "value": ("supervised", "mse"),
                   "none": ("unsupervised", None),
                   "reward": ("reinforcement", "td")}
    data, signal = problem["data"], problem["signal"]
    bad_data = not isinstance(data, str) or data not in family_of
    bad_signal = not isinstance(signal, str) or signal not in training_of
    if bad_data and bad_signal:
        raise ValueError(f"unknown data {data!r} and unknown signal {signal!r}")
    if bad_data:
        raise ValueError(f"unknown data {data!r}; expected one of {sorted(family_of)}")
    if bad_signal:
        raise ValueError(f"unknown signal {signal!r}; expected one of {sorted(training_of)}")

    family = family_of[data]
    if data == "text" and problem["streaming"]:
        family = "rnn"
    paradigm, loss = training_of[signal]
    if loss is None:
        loss = "cross_entropy" if data == "text" else "mse"
    return dict(family=family, paradigm=paradigm, loss=loss)
