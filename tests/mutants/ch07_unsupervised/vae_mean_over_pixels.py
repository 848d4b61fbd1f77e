# target: ch07_vae
# kind: mutant
# why: averages the reconstruction loss over the pixels instead of summing it
def reparameterize(mean, log_var, epsilon):
    return mean + tf.exp(0.5 * log_var) * epsilon


def gaussian_kl(mean, log_var):
    return 0.5 * tf.reduce_sum(tf.exp(log_var) + tf.square(mean) - 1.0 - log_var, axis=-1)


def negative_elbo(x, logits, mean, log_var):
    x = tf.convert_to_tensor(x, dtype=logits.dtype)
    per_pixel = tf.nn.sigmoid_cross_entropy_with_logits(labels=x, logits=logits)
    reconstruction = tf.reduce_mean(tf.reshape(per_pixel, (tf.shape(per_pixel)[0], -1)), axis=1)
    return tf.reduce_mean(reconstruction + gaussian_kl(mean, log_var))
