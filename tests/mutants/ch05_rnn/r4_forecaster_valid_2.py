# target: ch05_forecaster
# kind: alternative
# why: Sequential built with add(), LSTM(32) + Dense(1) (4,385 parameters), loss as the string "mean_absolute_error", Adam(1e-2); persistence via slicing, reshape and astype
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X)[:, -1, :].reshape(-1).astype(np.float32)


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential()
    model.add(keras.Input(shape=(window, 1)))
    model.add(keras.layers.LSTM(32))
    model.add(keras.layers.Dense(1))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-2), loss="mean_absolute_error")
    return model
