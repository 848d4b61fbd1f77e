# target: ch09_fgsm
# kind: alternative
# why: attacks in chunks of 256 inputs (per-chunk mean loss, same sign per example), loss written by hand with tf.nn.log_softmax and tf.gather(batch_dims=1)
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"expected epsilon >= 0 but got epsilon = {epsilon!r}")
    x32 = np.array(x, dtype=np.float32, copy=True)
    labels = np.asarray(y).reshape(-1).astype(np.int32)
    chunk = 256
    pieces = []
    for start in range(0, len(x32), chunk):
        inputs = tf.constant(x32[start:start + chunk])
        with tf.GradientTape() as tape:
            tape.watch(inputs)
            log_probs = tf.nn.log_softmax(model(inputs, training=False), axis=-1)
            picked = tf.gather(log_probs, tf.constant(labels[start:start + chunk]), axis=1, batch_dims=1)
            loss = -tf.reduce_mean(picked)
        pieces.append(tape.gradient(loss, inputs).numpy())
    gradient = np.concatenate(pieces, axis=0) if pieces else np.zeros_like(x32)
    adversarial = np.clip(x32 + np.float32(epsilon) * np.sign(gradient), 0, 1)
    return adversarial.astype(np.float32, copy=False)
