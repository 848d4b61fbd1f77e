# target: ch07_vae
# kind: alternative
# why: BCE as softplus(logits) - x * logits, KL textbook formula clamped at 0 per latent dimension, sums over range(1, rank)
def reparameterize(mean, log_var, epsilon):
    """z = mean + exp(log_var / 2) * epsilon."""
    std = tf.math.exp(log_var / 2)
    z = mean + std * epsilon
    return z


def gaussian_kl(mean, log_var):
    """KL(N(mean, diag exp(log_var)) || N(0, I)) for each example: shape (batch,)."""
    var_term = tf.maximum(tf.exp(log_var) - 1.0 - log_var, 0.0)
    kl = 0.5 * tf.reduce_sum(var_term + mean * mean, axis=-1)
    return kl


def negative_elbo(x, logits, mean, log_var):
    """Batch mean of the Bernoulli reconstruction loss (summed over pixels) plus the KL term."""
    x = tf.cast(x, logits.dtype)
    # -[x log sigmoid(l) + (1 - x) log(1 - sigmoid(l))] = softplus(l) - x * l, stable for large |l|
    bce = tf.nn.softplus(logits) - x * logits
    axes = list(range(1, len(bce.shape)))
    rec = tf.reduce_sum(bce, axis=axes)
    kl = gaussian_kl(mean, log_var)
    return tf.reduce_mean(rec) + tf.reduce_mean(kl)
