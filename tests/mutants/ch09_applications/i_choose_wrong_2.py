# target: ch09_choose
# kind: mutant
# why: spells the no-label paradigm "self_supervised" (underscore, like the loss names), which is not in PARADIGMS (9.7a/9.7c)
def choose_network(problem):
    families = {"tabular": "mlp", "image": "cnn", "sequence": "rnn",
                "text": "transformer", "set": "gnn", "graph": "gnn"}
    if problem["data"] not in families:
        message = "data must be one of " + ", ".join(families)
        if problem["signal"] not in ("class", "value", "none", "reward"):
            message += "; signal must be class, value, none or reward"
        raise ValueError(message)
    if problem["signal"] not in ("class", "value", "none", "reward"):
        raise ValueError("signal must be class, value, none or reward")
    family = families[problem["data"]]
    if problem["data"] == "text" and problem["streaming"]:
        family = "rnn"
    if problem["data"] == "image" and problem["examples"] >= 10_000_000:
        family = "transformer"
    if problem["signal"] == "class":
        return {"family": family, "paradigm": "supervised", "loss": "cross_entropy"}
    if problem["signal"] == "value":
        return {"family": family, "paradigm": "supervised", "loss": "mse"}
    if problem["signal"] == "none":
        loss = "cross_entropy" if problem["data"] == "text" else "mse"
        return {"family": family, "paradigm": "self_supervised", "loss": loss}
    return {"family": family, "paradigm": "reinforcement", "loss": "td"}
