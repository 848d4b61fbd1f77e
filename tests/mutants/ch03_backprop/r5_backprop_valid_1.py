# target: ch03_backprop
# kind: alternative
# why: valid: a helper for a stable row-wise log-softmax, .dot() instead of @, debug shape/type prints, tanh' written as 1/cosh(Z1)^2
def log_softmax_rows(Z):
    shifted = Z - np.max(Z, axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y = np.array(X, dtype=np.float64), np.array(Y, dtype=np.float64)
    W1, b1 = np.array(W1, dtype=np.float64), np.array(b1, dtype=np.float64)
    W2, b2 = np.array(W2, dtype=np.float64), np.array(b2, dtype=np.float64)
    print("shapes:", X.shape, Y.shape, W1.shape, b1.shape, W2.shape, b2.shape)
    batch = X.shape[0]

    Z1 = X.dot(W1) + b1
    H = np.tanh(Z1)
    Z2 = H.dot(W2) + b2
    log_P = log_softmax_rows(Z2)
    P = np.exp(log_P)
    loss = -np.sum(Y * log_P) / batch
    print(type(loss))

    dZ2 = (P - Y) / batch
    dW2 = H.T.dot(dZ2)
    db2 = dZ2.sum(axis=0)
    dH = dZ2.dot(W2.T)
    dZ1 = dH / np.cosh(Z1) ** 2
    dW1 = X.T.dot(dZ1)
    db1 = dZ1.sum(axis=0)
    return loss, {"W1": dW1, "b1": db1, "W2": dW2, "b2": db2}
