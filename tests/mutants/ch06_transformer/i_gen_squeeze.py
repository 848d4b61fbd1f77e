# target: ch06_generate
# kind: mutant
# why: np.squeeze on the model output also drops the time axis when t == 1 (and batch when batch == 1), so P == 1 prompts fail; breaks 6.8a/6.8b
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.array(prompts)
    for _ in range(steps):
        probs = np.squeeze(model.predict(seq, verbose=0))   # drop any size-1 axes
        nxt = np.atleast_1d(probs[..., -1, :].argmax(axis=-1))
        seq = np.concatenate([seq, nxt[:, None]], axis=1)
    return seq
