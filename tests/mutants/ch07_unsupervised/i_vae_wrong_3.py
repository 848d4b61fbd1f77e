# target: ch07_vae
# kind: mutant
# why: drops the factor 1/2 in the Gaussian KL
def reparameterize(mean, log_var, epsilon):
    """z = mean + exp(log_var / 2) * epsilon."""
    return mean + tf.exp(0.5 * log_var) * epsilon


def gaussian_kl(mean, log_var):
    """KL(N(mean, diag exp(log_var)) || N(0, I)) for each example: shape (batch,)."""
    return tf.reduce_sum(tf.square(mean) + tf.math.expm1(log_var) - log_var, axis=1)


def negative_elbo(x, logits, mean, log_var):
    """Batch mean of the Bernoulli reconstruction loss (summed over pixels) plus the KL term."""
    x = tf.cast(x, logits.dtype)
    bce = tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=logits)
    rec = tf.reduce_sum(tf.reshape(bce, (tf.shape(bce)[0], -1)), axis=1)
    return tf.reduce_mean(rec + gaussian_kl(mean, log_var))

