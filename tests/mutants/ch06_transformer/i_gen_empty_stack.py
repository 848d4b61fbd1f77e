# target: ch06_generate
# kind: mutant
# why: collects new tokens in a list and stacks them at the end; with steps == 0 np.stack([]) raises instead of returning a copy; breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    prompts = np.asarray(prompts)
    current = prompts
    new_tokens = []
    for _ in range(steps):
        probs = np.asarray(model(current))
        tok = probs[:, -1].argmax(-1)
        new_tokens.append(tok)
        current = np.concatenate([current, tok[:, None]], axis=1)
    return np.concatenate([prompts, np.stack(new_tokens, axis=1)], axis=1)
