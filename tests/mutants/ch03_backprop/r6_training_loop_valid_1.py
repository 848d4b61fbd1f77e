# target: ch03_training_loop
# kind: alternative
# why: valid: early stopping counted as epochs since the best epoch, batches taken with np.take, the epoch loss as tf.reduce_mean of the stacked batch losses, history values kept as NumPy float32 (the text allows NumPy floats), weights restored after the loop
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    variables = model.trainable_variables
    with tf.GradientTape() as tape:
        predictions = model(x, training=True)
        batch_loss = loss_fn(y, predictions)
    optimizer.apply_gradients(zip(tape.gradient(batch_loss, variables), variables))
    return tf.convert_to_tensor(batch_loss)


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    x_train, y_train = np.asarray(x_train), np.asarray(y_train)
    count = x_train.shape[0]
    history = {"loss": [], "val_loss": []}
    best_epoch, best_val, best_weights = -1, np.inf, model.get_weights()
    for epoch in range(epochs):
        order = np.random.default_rng(seed + epoch).permutation(count)
        losses = []
        for batch in [order[i:i + batch_size] for i in range(0, count, batch_size)]:
            losses.append(train_step(model, optimizer, loss_fn, np.take(x_train, batch, axis=0), np.take(y_train, batch, axis=0)))
        history["loss"].append(np.float32(tf.reduce_mean(tf.stack(losses)).numpy()))
        val_loss = np.float32(np.asarray(loss_fn(y_val, model(x_val, training=False))))
        history["val_loss"].append(val_loss)
        if val_loss < best_val:
            best_epoch, best_val, best_weights = epoch, val_loss, model.get_weights()
        elif epoch - best_epoch >= patience:
            break
    model.set_weights(best_weights)
    return history
