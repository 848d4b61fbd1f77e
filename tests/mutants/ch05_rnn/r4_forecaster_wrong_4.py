# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5c: compiled with RMSprop instead of Adam (loss is MAE)
def persistence_forecast(X):
    """Forecast the last value of each window."""
    X = np.asarray(X)
    return X[:, X.shape[1] - 1, 0].astype(np.float32)


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    inputs = keras.Input(shape=(window, 1))
    hidden = keras.layers.LSTM(32)(inputs)
    outputs = keras.layers.Dense(1)(hidden)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.RMSprop(learning_rate=0.01), loss="mae")
    return model
