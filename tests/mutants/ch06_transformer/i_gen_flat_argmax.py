# target: ch06_generate
# kind: mutant
# why: np.argmax without axis flattens the (batch, vocab) slice, giving one wrong token for the whole batch; breaks 6.8b
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.array(prompts)
    for _ in range(steps):
        last = np.asarray(model(seq))[:, -1, :]
        tok = np.argmax(last) % last.shape[-1]      # index into the vocabulary
        seq = np.concatenate([seq, np.full((len(seq), 1), tok)], axis=1)
    return seq
