# target: ch07_vae
# kind: mutant
# why: casts everything to float32 in reparameterize (to avoid dtype errors), so float64 inputs give a float32 result
def reparameterize(mean, log_var, epsilon):
    """z = mean + exp(log_var / 2) * epsilon."""
    mean = tf.cast(mean, tf.float32)
    log_var = tf.cast(log_var, tf.float32)
    epsilon = tf.cast(epsilon, tf.float32)
    return mean + tf.exp(0.5 * log_var) * epsilon


def gaussian_kl(mean, log_var):
    """KL(N(mean, diag exp(log_var)) || N(0, I)) for each example: shape (batch,)."""
    return 0.5 * tf.reduce_sum(tf.square(mean) + tf.math.expm1(log_var) - log_var, axis=1)


def negative_elbo(x, logits, mean, log_var):
    """Batch mean of the Bernoulli reconstruction loss (summed over pixels) plus the KL term."""
    x = tf.cast(x, logits.dtype)
    bce = tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=logits)
    rec = tf.reduce_sum(tf.reshape(bce, (tf.shape(bce)[0], -1)), axis=1)
    return tf.reduce_mean(rec + gaussian_kl(mean, log_var))

