# target: ch06_generate
# kind: mutant
# why: returns `prompts` itself when steps == 0 (no copy; a nested list stays a list); breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    if steps == 0:
        return prompts
    seq = np.asarray(prompts)
    for _ in range(steps):
        probs = np.asarray(model(seq))
        seq = np.concatenate([seq, np.argmax(probs[:, -1], axis=-1)[:, None]], axis=1)
    return seq
