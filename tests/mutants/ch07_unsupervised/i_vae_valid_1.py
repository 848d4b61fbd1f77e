# target: ch07_vae
# kind: alternative
# why: exp(log_var/2) reparameterisation, KL with expm1 (never negative in float32), sigmoid_cross_entropy_with_logits summed after flattening
def reparameterize(mean, log_var, epsilon):
    """z = mean + exp(log_var / 2) * epsilon."""
    sigma = tf.exp(0.5 * log_var)
    return mean + sigma * tf.cast(epsilon, mean.dtype)


def gaussian_kl(mean, log_var):
    """KL(N(mean, diag exp(log_var)) || N(0, I)) for each example: shape (batch,)."""
    # exp(lv) - 1 - lv written with expm1 so that rounding cannot make it negative
    per_dim = tf.square(mean) + (tf.math.expm1(log_var) - log_var)
    return 0.5 * tf.reduce_sum(per_dim, axis=1)


def negative_elbo(x, logits, mean, log_var):
    """Batch mean of the Bernoulli reconstruction loss (summed over pixels) plus the KL term."""
    x = tf.cast(x, logits.dtype)
    bce = tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=logits)
    batch = tf.shape(bce)[0]
    reconstruction = tf.reduce_sum(tf.reshape(bce, (batch, -1)), axis=1)
    return tf.reduce_mean(reconstruction + gaussian_kl(mean, log_var))
