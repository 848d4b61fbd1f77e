# target: ch09_fgsm
# kind: alternative
# why: averages tf.nn cross-entropy over the batch and uses tf.clip_by_value
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError("epsilon must be non-negative")
    x32 = tf.Variable(np.array(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        logits = model(x32)
        loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.cast(y, tf.int32), logits=logits))
    step = epsilon * tf.sign(tape.gradient(loss, x32))
    return tf.clip_by_value(x32 + step, 0.0, 1.0).numpy()
