# target: ch06_generate
# kind: mutant
# why: returns the generated tokens without the prompts
def greedy_generate(model, prompts, steps):
    tokens = np.array(prompts, dtype="int32")
    for _ in range(steps):
        probabilities = np.asarray(model(tokens))
        following = probabilities[:, -1, :].argmax(axis=-1).astype("int32")
        tokens = np.concatenate([tokens, following[:, None]], axis=1)
    return tokens[:, np.asarray(prompts).shape[1] :]
