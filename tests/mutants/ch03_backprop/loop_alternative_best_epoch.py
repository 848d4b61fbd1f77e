# target: ch03_training_loop
# kind: alternative
# why: tracks the best epoch index; loss as a Keras mean
def train_step(model, optimizer, loss_fn, x, y):
    with tf.GradientTape() as tape:
        value = loss_fn(y, model(x, training=True))
    variables = model.trainable_variables
    optimizer.apply_gradients(list(zip(tape.gradient(value, variables), variables)))
    return value


def fit_with_early_stopping(model, optimizer, loss_fn, x_train, y_train, x_val, y_val,
                            epochs, batch_size, patience, seed):
    history = {"loss": [], "val_loss": []}
    best_epoch, snapshot = None, None
    for epoch in range(epochs):
        perm = np.random.default_rng(seed + epoch).permutation(x_train.shape[0])
        batches = [perm[i:i + batch_size] for i in range(0, len(perm), batch_size)]
        epoch_losses = [train_step(model, optimizer, loss_fn, x_train[b], y_train[b]).numpy() for b in batches]
        history["loss"].append(float(np.mean(epoch_losses)))
        history["val_loss"].append(float(loss_fn(y_val, model(x_val, training=False)).numpy()))
        if best_epoch is None or history["val_loss"][-1] < history["val_loss"][best_epoch]:
            best_epoch, snapshot = epoch, [w.copy() for w in model.get_weights()]
        elif epoch - best_epoch >= patience:
            break
    model.set_weights(snapshot)
    return history
