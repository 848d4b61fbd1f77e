# target: ch06_generate
# kind: mutant
# why: samples each token from the distribution instead of taking the most probable
def greedy_generate(model, prompts, steps):
    tokens = np.array(prompts, dtype="int32")
    for _ in range(steps):
        probabilities = np.asarray(model(tokens))
        last = probabilities[:, -1, :].astype(np.float64)
        last = last / last.sum(axis=-1, keepdims=True)
        following = np.array([np.random.choice(len(p), p=p) for p in last], dtype="int32")
        tokens = np.concatenate([tokens, following[:, None]], axis=1)
    return tokens
