# target: ch06_generate
# kind: alternative
# why: model.predict, Python lists of rows, a helper for one step, a debug print
def next_tokens(model, sequences):
    probabilities = model.predict(np.array(sequences), verbose=0)
    return [int(np.argmax(row[-1])) for row in probabilities]


def greedy_generate(model, prompts, steps):
    sequences = [list(map(int, row)) for row in np.asarray(prompts)]
    for step in range(steps):
        for row, token in zip(sequences, next_tokens(model, sequences)):
            row.append(token)
    print("generated", steps, "tokens for", len(sequences), "prompts")
    return np.array(sequences, dtype=np.int64)
