# target: ch06_generate
# kind: mutant
# why: uses prompts.shape / prompts.copy() directly, so a nested-list prompt raises AttributeError; breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    batch, P = prompts.shape
    out = np.empty((batch, P + steps), dtype=prompts.dtype)
    out[:, :P] = prompts.copy()
    for k in range(steps):
        probs = model.predict(out[:, : P + k], verbose=0)
        out[:, P + k] = probs[:, -1].argmax(axis=-1)
    return out
