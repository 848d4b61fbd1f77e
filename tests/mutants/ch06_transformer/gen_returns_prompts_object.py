# target: ch06_generate
# kind: mutant
# why: np.asarray keeps an int32 prompts array itself, so steps=0 returns the caller's array
def greedy_generate(model, prompts, steps):
    tokens = np.asarray(prompts, dtype="int32")
    for _ in range(steps):
        probabilities = np.asarray(model(tokens))
        following = probabilities[:, -1, :].argmax(axis=-1).astype("int32")
        tokens = np.concatenate([tokens, following[:, None]], axis=1)
    return tokens
