# target: ch09_choose
# kind: alternative
# why: lookup tables for family/paradigm/loss; ViT from exactly 10M images, rnn for streaming sequence/text, input untouched, ValueErrors name data/signal
FAMILY_BY_DATA = {
    "tabular": "mlp",
    "image": "cnn",
    "sequence": "cnn",        # temporal convolutions are defensible when not streaming
    "text": "transformer",
    "set": "transformer",     # attention without positional encodings
    "graph": "gnn",
}
PARADIGM_BY_SIGNAL = {
    "class": "supervised",
    "value": "supervised",
    "none": "self-supervised",
    "reward": "reinforcement",
}
LOSS_BY_SIGNAL = {
    "class": "cross_entropy",
    "value": "mse",
    "reward": "policy_gradient",
}
VIT_MIN_IMAGES = 10_000_000


def choose_network(problem):
    """{"family", "paradigm", "loss"} for a problem described by its data, size, signal and streaming."""
    data = problem["data"]
    signal = problem["signal"]
    if data not in FAMILY_BY_DATA:
        raise ValueError(f"unknown data kind {data!r}; data must be one of {tuple(FAMILY_BY_DATA)}")
    if signal not in PARADIGM_BY_SIGNAL:
        raise ValueError(f"unknown signal {signal!r}; signal must be one of {tuple(PARADIGM_BY_SIGNAL)}")

    family = FAMILY_BY_DATA[data]
    if data == "image" and problem["examples"] >= VIT_MIN_IMAGES:
        family = "transformer"
    if data in ("sequence", "text") and problem["streaming"]:
        family = "rnn"

    if signal == "none":
        loss = "cross_entropy" if data == "text" else "mse"
    else:
        loss = LOSS_BY_SIGNAL[signal]

    return {"family": family, "paradigm": PARADIGM_BY_SIGNAL[signal], "loss": loss}
