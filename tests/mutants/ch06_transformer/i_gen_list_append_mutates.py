# target: ch06_generate
# kind: mutant
# why: appends new tokens to the caller's own inner lists when prompts is a nested list, so the input is changed; breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seqs = prompts.tolist() if isinstance(prompts, np.ndarray) else prompts
    for _ in range(steps):
        probs = model.predict(np.array(seqs), verbose=0)
        nxt = probs[:, -1, :].argmax(axis=-1)
        for row, tok in zip(seqs, nxt):
            row.append(int(tok))
    return np.array(seqs)
