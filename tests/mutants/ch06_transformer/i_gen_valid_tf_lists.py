# target: ch06_generate
# kind: alternative
# why: keeps the sequence as a tf tensor, uses tf.argmax/tf.concat, converts to NumPy at the end; debug print helper
DEBUG = False


def last_position_argmax(model, tokens):
    probs = model(tokens, training=False)
    return tf.cast(tf.argmax(probs[:, -1, :], axis=-1), tf.int32)


def greedy_generate(model, prompts, steps):
    """Append `steps` tokens to each prompt, each the argmax of the model's last-position output."""
    tokens = tf.constant(np.asarray(prompts).tolist(), dtype=tf.int32)
    for step in range(int(steps)):
        new = last_position_argmax(model, tokens)
        tokens = tf.concat([tokens, new[:, tf.newaxis]], axis=1)
        if DEBUG:
            print(f"step {step}: shape {tokens.shape}")
    return tokens.numpy()
