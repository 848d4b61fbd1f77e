# target: ch08_reinforce_loss
# kind: mutant
# why: adds the baseline to the returns
def reinforce_loss(logits, actions, returns, baseline=None):
    logits = tf.convert_to_tensor(logits)
    adv = tf.cast(tf.constant(np.asarray(returns)) if not tf.is_tensor(returns) else returns, logits.dtype)
    if baseline is not None:
        adv = adv + tf.cast(baseline if tf.is_tensor(baseline) else tf.constant(np.asarray(baseline)), logits.dtype)
    adv = tf.stop_gradient(adv)
    logp = tf.nn.log_softmax(logits)
    taken = tf.reduce_sum(logp * tf.one_hot(actions, tf.shape(logits)[1], dtype=logits.dtype), axis=1)
    return -tf.reduce_mean(adv * taken)
