# target: ch07_vae
# kind: alternative
# why: hand-written stable BCE max(l,0) - l*x + log1p(exp(-|l|)), KL via 0.5*sum(sigma^2 + mu^2 - 1 - log sigma^2) with expm1, debug prints
def reparameterize(mean, log_var, epsilon):
    """z = mean + exp(log_var / 2) * epsilon."""
    return tf.add(mean, tf.multiply(tf.exp(tf.multiply(log_var, 0.5)), epsilon))


def gaussian_kl(mean, log_var):
    """KL(N(mean, diag exp(log_var)) || N(0, I)) for each example: shape (batch,)."""
    sigma2_minus_1 = tf.math.expm1(log_var)          # sigma^2 - 1
    terms = sigma2_minus_1 + tf.square(mean) - log_var
    return tf.reduce_sum(terms, axis=1) / 2


def stable_bce(x, logits):
    return tf.maximum(logits, 0) - logits * x + tf.math.log1p(tf.exp(-tf.abs(logits)))


def negative_elbo(x, logits, mean, log_var):
    """Batch mean of the Bernoulli reconstruction loss (summed over pixels) plus the KL term."""
    x = tf.convert_to_tensor(x)
    if x.dtype != logits.dtype:
        x = tf.cast(x, logits.dtype)
    per_pixel = stable_bce(x, logits)
    flat = tf.reshape(per_pixel, [tf.shape(per_pixel)[0], -1])
    per_example = tf.reduce_sum(flat, axis=1) + gaussian_kl(mean, log_var)
    loss = tf.reduce_mean(per_example)
    # print("negative ELBO:", loss)  # debugging, too chatty during fit
    return loss
