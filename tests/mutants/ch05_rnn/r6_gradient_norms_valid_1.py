# target: ch05_gradient_norms
# kind: alternative
# why: valid: float32 tensor from tf.convert_to_tensor, sum via tf.reduce_sum over a tf.nest-flattened output, gradient cast to float64 before np.linalg.norm; debug print of the shapes
def input_gradient_norms(model, x):
    x32 = tf.convert_to_tensor(np.array(x, dtype=np.float32))
    with tf.GradientTape(watch_accessed_variables=False) as tape:
        tape.watch(x32)
        outputs = model(x32)
        total = tf.add_n([tf.reduce_sum(o) for o in tf.nest.flatten(outputs)])
    grad = np.asarray(tape.gradient(total, x32), dtype=np.float64)
    norms = np.linalg.norm(grad[0], axis=-1)
    print("input_gradient_norms:", tuple(x32.shape), "->", norms.shape)
    return norms.astype(np.float64)
