# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5a shape: persistence_forecast returns shape (n, 1) (X[:, -1]) instead of (n,)
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X[:, -1], dtype=np.float32)


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.MeanAbsoluteError())
    return model
