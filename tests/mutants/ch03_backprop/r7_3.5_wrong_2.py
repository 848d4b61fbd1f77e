# target: ch03_training_loop
# kind: mutant
# why: breaks 3.5f: the best weights are restored only when early stopping triggers; when all `epochs` run out first, the last epoch's (possibly worse) weights are kept
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(grads, model.trainable_variables))
    return loss


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    history = {"loss": [], "val_loss": []}
    best_val, best_weights, waited = np.inf, None, 0
    n = len(x_train)
    for epoch in range(epochs):
        order = np.random.default_rng(seed + epoch).permutation(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            batch_losses.append(float(train_step(model, optimizer, loss_fn, x_train[idx], y_train[idx])))
        val_loss = float(loss_fn(y_val, model(x_val, training=False)))
        history["loss"].append(float(np.mean(batch_losses)))
        history["val_loss"].append(val_loss)
        if val_loss < best_val:
            best_val, best_weights, waited = val_loss, model.get_weights(), 0
        else:
            waited += 1
            if waited >= patience:
                model.set_weights(best_weights)
                break
    return history
