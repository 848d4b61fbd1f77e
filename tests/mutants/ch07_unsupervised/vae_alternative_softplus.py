# target: ch07_vae
# kind: alternative
# why: writes the stable cross-entropy as softplus(logits) - x * logits and the KL per dimension with a helper
def reparameterize(mean, log_var, epsilon):
    std = tf.math.exp(log_var / 2)
    return mean + std * epsilon


def kl_per_dimension(mean, log_var):
    return 0.5 * (tf.math.exp(log_var) + mean * mean - 1 - log_var)


def gaussian_kl(mean, log_var):
    return tf.math.reduce_sum(kl_per_dimension(mean, log_var), axis=1)


def negative_elbo(x, logits, mean, log_var):
    x = tf.cast(x, logits.dtype)
    batch = tf.shape(logits)[0]
    bce = tf.nn.softplus(logits) - x * logits
    reconstruction = tf.reduce_sum(tf.reshape(bce, [batch, -1]), axis=-1)
    return tf.reduce_mean(reconstruction) + tf.reduce_mean(gaussian_kl(mean, log_var))
