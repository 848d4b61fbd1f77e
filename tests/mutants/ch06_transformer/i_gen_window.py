# target: ch06_generate
# kind: mutant
# why: feeds only the last P tokens (a sliding window of the prompt length) to the model; breaks 6.8c/6.8b once steps > 0
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    seq = np.array(prompts)
    P = seq.shape[1]
    for _ in range(steps):
        context = seq[:, -P:]                 # keep the input the size the model was given
        probs = model.predict(context, verbose=0)
        seq = np.concatenate([seq, probs[:, -1].argmax(-1)[:, None]], axis=1)
    return seq
