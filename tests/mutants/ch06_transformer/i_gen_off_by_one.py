# target: ch06_generate
# kind: mutant
# why: reads the prediction at position t-2 (thinking row t-1 predicts t+1), so each token is argmax of the wrong row; breaks 6.8b
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.array(prompts)
    for _ in range(steps):
        probs = np.asarray(model(seq))
        row = max(seq.shape[1] - 2, 0)
        seq = np.concatenate([seq, probs[:, row].argmax(-1)[:, None]], axis=1)
    return seq
