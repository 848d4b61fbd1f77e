# target: ch06_generate
# kind: mutant
# why: preallocates with np.zeros default float64, so the result is a float array, not an integer one; breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    prompts = np.asarray(prompts)
    batch, P = prompts.shape
    out = np.zeros((batch, P + steps))
    out[:, :P] = prompts
    for k in range(steps):
        probs = model(out[:, : P + k].astype("int32"))
        out[:, P + k] = np.argmax(probs[:, -1], axis=-1)
    return out
