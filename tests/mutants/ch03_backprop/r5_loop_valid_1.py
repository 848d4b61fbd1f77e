# target: ch03_training_loop
# kind: alternative
# why: valid: while-loop over batch starts, patience counted as epochs since the best epoch, per-epoch progress print, running total of batch losses
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    variables = model.trainable_variables
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        batch_loss = loss_fn(y, logits)
    grads = tape.gradient(batch_loss, variables)
    optimizer.apply_gradients(list(zip(grads, variables)))
    return batch_loss


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    n_train = x_train.shape[0]
    train_losses, val_losses = [], []
    best_loss, best_epoch, best_weights = None, -1, None
    for epoch in range(epochs):
        perm = np.random.default_rng(seed + epoch).permutation(n_train)
        total, n_batches = 0.0, 0
        start = 0
        while start < n_train:
            batch = perm[start:start + batch_size]
            loss_value = train_step(model, optimizer, loss_fn, x_train[batch], y_train[batch])
            total += float(loss_value)
            n_batches += 1
            start += batch_size
        train_losses.append(total / n_batches)
        val_losses.append(float(loss_fn(y_val, model(x_val, training=False))))
        print(f"epoch {epoch + 1}: loss {train_losses[-1]:.4f}, val_loss {val_losses[-1]:.4f}")
        if best_loss is None or val_losses[-1] < best_loss:
            best_loss, best_epoch = val_losses[-1], epoch
            best_weights = model.get_weights()
        elif epoch - best_epoch >= patience:
            print(f"early stopping, restoring epoch {best_epoch + 1}")
            break
    if best_weights is not None:
        model.set_weights(best_weights)
    return {"loss": train_losses, "val_loss": val_losses}
