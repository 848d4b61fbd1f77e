# target: ch03_training_loop
# kind: mutant
# why: breaks 3.5d: one generator np.random.default_rng(seed) is made before the loop and asked for a new permutation each epoch, so only epoch 0 uses the specified order; later epochs should use np.random.default_rng(seed + epoch).permutation
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
    x_train, y_train = np.asarray(x_train), np.asarray(y_train)
    n = len(x_train)
    history = {"loss": [], "val_loss": []}
    best_val, best_weights, wait = float("inf"), model.get_weights(), 0
    rng = np.random.default_rng(seed)
    for epoch in range(epochs):
        order = rng.permutation(n)
        batch_losses = []
        for start in range(0, n, batch_size):
            idx = order[start:start + batch_size]
            batch_losses.append(float(train_step(model, optimizer, loss_fn, x_train[idx], y_train[idx])))
        val_loss = float(loss_fn(y_val, model(x_val, training=False)))
        history["loss"].append(float(np.mean(batch_losses)))
        history["val_loss"].append(val_loss)
        if val_loss < best_val:
            best_val, best_weights, wait = val_loss, model.get_weights(), 0
        else:
            wait += 1
            if wait >= patience:
                break
    model.set_weights(best_weights)
    return history
