# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5d (and the calibration note of 5.5c): Adam(learning_rate=1e-5) barely moves in 100 epochs, so the test MAE cannot get 20% below persistence
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-5), loss="mae")
    return model
