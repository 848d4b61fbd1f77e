# target: ch06_generate
# kind: mutant
# why: calls the model on the last token alone, as if it were recurrent
def greedy_generate(model, prompts, steps):
    tokens = np.array(prompts, dtype="int32")
    for _ in range(steps):
        probabilities = np.asarray(model(tokens[:, -1:]))
        following = probabilities[:, -1, :].argmax(axis=-1).astype("int32")
        tokens = np.concatenate([tokens, following[:, None]], axis=1)
    return tokens
