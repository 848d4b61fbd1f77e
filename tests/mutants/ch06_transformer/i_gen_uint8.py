# target: ch06_generate
# kind: mutant
# why: stores tokens as uint8 to save memory, so token ids >= 256 wrap around; breaks 6.8b for vocab > 256
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.asarray(prompts).astype(np.uint8)
    for _ in range(steps):
        probs = model(seq.astype("int32"))
        nxt = np.argmax(probs[:, -1, :], axis=-1).astype(np.uint8)
        seq = np.hstack([seq, nxt.reshape(-1, 1)])
    return seq
