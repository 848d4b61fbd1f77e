# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5b "for any window": the input shape is hard-coded to 12 steps and the window argument is ignored
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([
        keras.Input(shape=(12, 1)),
        keras.layers.LSTM(32),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mean_absolute_error")
    return model
