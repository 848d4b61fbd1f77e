# target: ch08_reinforce_loss
# kind: alternative
# why: uses sparse softmax cross-entropy with the actions as labels
def reinforce_loss(logits, actions, returns, baseline=None):
    ce = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=tf.cast(actions, tf.int64), logits=logits)
    g = np.asarray(returns, dtype=np.float64) if not tf.is_tensor(returns) else tf.cast(returns, tf.float64)
    if baseline is not None:
        b = baseline if tf.is_tensor(baseline) else np.asarray(baseline, dtype=np.float64)
        g = g - tf.cast(b, tf.float64)
    weights = tf.stop_gradient(tf.cast(g, ce.dtype))
    return tf.reduce_mean(weights * ce)
