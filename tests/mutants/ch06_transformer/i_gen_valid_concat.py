# target: ch06_generate
# kind: alternative
# why: straightforward loop: np.concatenate the argmax of model(x)[:, -1] onto a fresh copy each step
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.array(prompts, dtype=np.int64)  # np.array always copies
    for k in range(steps):
        probs = np.asarray(model(seq))          # (batch, t, vocab)
        next_tok = probs[:, -1, :].argmax(axis=-1).astype(np.int64)
        seq = np.concatenate([seq, next_tok[:, None]], axis=1)
    return seq
