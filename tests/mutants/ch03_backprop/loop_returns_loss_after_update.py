# target: ch03_training_loop
# kind: mutant
# why: returns the loss recomputed after the update
def train_step(model, optimizer, loss_fn, x, y):
    """One optimisation step on the batch (x, y); returns the batch loss before the update."""
    with tf.GradientTape() as tape:
        outputs = model(x, training=True)
        loss = loss_fn(y, outputs)
    gradients = tape.gradient(loss, model.trainable_variables)
    optimizer.apply_gradients(zip(gradients, model.trainable_variables))
    return loss_fn(y, model(x, training=False))


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    """Mini-batch training with early stopping; restores the best weights and returns the history."""
    history = {"loss": [], "val_loss": []}
    best_loss, best_weights, waited = np.inf, model.get_weights(), 0
    for epoch in range(epochs):
        order = np.random.default_rng(seed + epoch).permutation(len(x_train))
        losses = []
        for start in range(0, len(order), batch_size):
            batch = order[start:start + batch_size]
            losses.append(float(train_step(model, optimizer, loss_fn, x_train[batch], y_train[batch])))
        val_loss = float(loss_fn(y_val, model(x_val, training=False)))
        history["loss"].append(float(np.mean(losses)))
        history["val_loss"].append(val_loss)
        if val_loss < best_loss:
            best_loss, best_weights, waited = val_loss, model.get_weights(), 0
        else:
            waited += 1
            if waited >= patience:
                break
    model.set_weights(best_weights)
    return history
