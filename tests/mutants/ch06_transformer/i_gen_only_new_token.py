# target: ch06_generate
# kind: mutant
# why: after the first step feeds only the last generated token (as if a KV cache existed); breaks 6.8c/6.8b
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    out = np.array(prompts)
    x = out
    for _ in range(steps):
        probs = model.predict(x, verbose=0)
        tok = probs[:, -1].argmax(-1)[:, None]
        out = np.concatenate([out, tok], axis=1)
        x = tok          # only the new position needs computing
    return out
