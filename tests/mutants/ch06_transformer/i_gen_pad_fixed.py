# target: ch06_generate
# kind: mutant
# why: calls the model on the whole zero-padded (batch, P+steps) buffer every step and reads position P+k-1; breaks 6.8c (fine only for causal models)
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    prompts = np.asarray(prompts)
    batch, P = prompts.shape
    out = np.zeros((batch, P + steps), dtype=np.int64)
    out[:, :P] = prompts
    for k in range(steps):
        probs = np.asarray(model(out))          # one fixed shape, so no retracing
        out[:, P + k] = probs[:, P + k - 1].argmax(axis=-1)
    return out
