# target: ch06_generate
# kind: mutant
# why: reads the model's output at the first position instead of the last
def greedy_generate(model, prompts, steps):
    tokens = np.array(prompts, dtype="int32")
    for _ in range(steps):
        probabilities = np.asarray(model(tokens))
        following = probabilities[:, 0, :].argmax(axis=-1).astype("int32")
        tokens = np.concatenate([tokens, following[:, None]], axis=1)
    return tokens
