# target: ch03_training_loop
# kind: alternative
# why: valid: batches via np.take on the permutation, history holds np.float64 values, best epoch tracked by index (stop when epoch - best_epoch >= patience), weights deep-copied with np.array
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    params = model.trainable_variables
    with tf.GradientTape() as recorder:
        predictions = model(x, training=True)
        batch_loss = loss_fn(y, predictions)
    optimizer.apply_gradients(list(zip(recorder.gradient(batch_loss, params), params)))
    return batch_loss


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    x_train, y_train = np.asarray(x_train), np.asarray(y_train)
    log = {"loss": [], "val_loss": []}
    best_epoch, best_loss, snapshot = -1, None, None
    for epoch in range(epochs):
        perm = np.random.default_rng(seed + epoch).permutation(x_train.shape[0])
        running = []
        for lo in range(0, len(perm), batch_size):
            rows = perm[lo:lo + batch_size]
            step_loss = train_step(model, optimizer, loss_fn, np.take(x_train, rows, axis=0), np.take(y_train, rows, axis=0))
            running.append(np.float64(np.asarray(step_loss)))
        log["loss"].append(np.float64(np.mean(running)))
        current = np.float64(np.asarray(loss_fn(y_val, model(x_val, training=False))))
        log["val_loss"].append(current)
        if best_loss is None or current < best_loss:
            best_epoch, best_loss = epoch, current
            snapshot = [np.array(w, copy=True) for w in model.get_weights()]
        elif epoch - best_epoch >= patience:
            break
    if snapshot is not None:
        model.set_weights(snapshot)
    print(f"fit_with_early_stopping: {len(log['loss'])} epochs, best epoch {best_epoch}")
    return log
