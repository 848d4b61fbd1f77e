# target: ch06_generate
# kind: mutant
# why: pads a fixed buffer of prompt + steps tokens with zeros and calls the model on the whole buffer every step
def greedy_generate(model, prompts, steps):
    prompts = np.array(prompts, dtype="int32")
    batch, length = prompts.shape
    buffer = np.zeros((batch, length + steps), dtype="int32")
    buffer[:, :length] = prompts
    for k in range(steps):
        probabilities = np.asarray(model(buffer))
        buffer[:, length + k] = probabilities[:, length + k - 1, :].argmax(axis=-1)
    return buffer
