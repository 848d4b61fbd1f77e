# target: ch06_generate
# kind: mutant
# why: builds the sequence with tf.concat and returns the tf.Tensor itself, not a NumPy array; breaks 6.8a
def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    x = tf.convert_to_tensor(prompts, dtype=tf.int32)
    for _ in range(steps):
        nxt = tf.argmax(model(x)[:, -1, :], axis=-1, output_type=tf.int32)
        x = tf.concat([x, nxt[:, None]], axis=1)
    return x
