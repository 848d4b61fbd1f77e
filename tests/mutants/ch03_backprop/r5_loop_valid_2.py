# target: ch03_training_loop
# kind: alternative
# why: valid: shuffles x and y with two fresh generators default_rng(seed + epoch).permutation(array) (the same permutation), slices consecutive batches, counter-based patience
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    x_train = np.asarray(x_train)
    y_train = np.asarray(y_train)
    history = {"loss": [], "val_loss": []}
    best = np.inf
    best_weights = [w.copy() for w in model.get_weights()]
    bad_epochs = 0
    epoch = 0
    while epoch < epochs:
        x_shuffled = np.random.default_rng(seed + epoch).permutation(x_train)
        y_shuffled = np.random.default_rng(seed + epoch).permutation(y_train)
        losses = []
        for i in range(int(np.ceil(len(x_shuffled) / batch_size))):
            xb = x_shuffled[i * batch_size:(i + 1) * batch_size]
            yb = y_shuffled[i * batch_size:(i + 1) * batch_size]
            losses.append(float(train_step(model, optimizer, loss_fn, xb, yb)))
        history["loss"].append(sum(losses) / len(losses))
        val = float(loss_fn(y_val, model(x_val, training=False)))
        history["val_loss"].append(val)
        epoch += 1
        if val < best:
            best = val
            best_weights = [w.copy() for w in model.get_weights()]
            bad_epochs = 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                break
    model.set_weights(best_weights)
    return history
