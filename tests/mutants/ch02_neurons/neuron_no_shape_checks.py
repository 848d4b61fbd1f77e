# target: ch02_neuron_forward
# kind: mutant
# why: computes the right values but lets TensorFlow's broadcasting and errors handle bad shapes
def neuron_forward(x, W, b, activation=None):
    z = tf.matmul(tf.cast(x, tf.float32), tf.cast(W, tf.float32)) + tf.cast(b, tf.float32)
    return z if activation is None else activation(z)
