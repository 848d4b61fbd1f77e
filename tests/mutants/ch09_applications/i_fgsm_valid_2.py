# target: ch09_fgsm
# kind: alternative
# why: input held in a tf.Variable, tf.nn.sparse_softmax_cross_entropy_with_logits summed over the batch, tf.sign / tf.clip_by_value, .numpy() at the end
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError("epsilon is the size of the step and cannot be negative")
    image = tf.Variable(tf.cast(np.asarray(x), tf.float32), trainable=True)
    labels = tf.cast(tf.reshape(tf.convert_to_tensor(np.asarray(y)), [-1]), tf.int32)
    with tf.GradientTape() as tape:
        logits = model(tf.identity(image), training=False)  # reading the variable inside the tape watches it
        total_loss = tf.reduce_sum(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))
    gradient = tape.gradient(total_loss, image)
    step = tf.cast(epsilon, tf.float32) * tf.sign(gradient)
    adversarial = tf.clip_by_value(image + step, 0.0, 1.0)
    return np.asarray(adversarial.numpy(), dtype=np.float32)
