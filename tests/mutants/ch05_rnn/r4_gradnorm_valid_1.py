# target: ch05_gradient_norms
# kind: alternative
# why: copies x into a float32 tensor, sums the outputs under the tape, then a Python loop with math.sqrt over steps and features; debug prints
import math


def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    print(type(x), np.shape(x))
    x_watch = tf.convert_to_tensor(np.array(x, dtype=np.float32, copy=True))
    with tf.GradientTape() as tape:
        tape.watch(x_watch)
        outputs = model(x_watch)
        total = tf.reduce_sum(outputs)
    grad = tape.gradient(total, x_watch)
    grad = np.array(grad, dtype=np.float64)[0]    # (T, n_in)
    print("gradient shape", grad.shape)
    norms = np.zeros(grad.shape[0], dtype=np.float64)
    for t in range(grad.shape[0]):
        acc = 0.0
        for k in range(grad.shape[1]):
            acc += float(grad[t, k]) ** 2
        norms[t] = math.sqrt(acc)
    return norms
