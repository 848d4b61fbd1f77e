# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5c: MeanAbsoluteError(reduction="sum") sums the absolute errors of a batch instead of averaging them
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    """A compiled recurrent forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.MeanAbsoluteError(reduction="sum"))
    return model
