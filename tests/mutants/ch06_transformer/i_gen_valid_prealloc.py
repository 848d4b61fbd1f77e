# target: ch06_generate
# kind: alternative
# why: preallocates the full int32 output and calls model.predict on the filled prefix out[:, :P+k] only
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    prompts_arr = np.asarray(prompts)
    batch, P = prompts_arr.shape
    out = np.zeros((batch, P + steps), dtype="int32")
    out[:, :P] = prompts_arr
    for k in range(steps):
        t = P + k
        probs = model.predict(out[:, :t], verbose=0)
        out[:, t] = np.argmax(probs[:, t - 1], axis=1)
        # print("step", k, "->", out[:3, t])
    return out
