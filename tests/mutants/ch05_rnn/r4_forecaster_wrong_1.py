# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5a: persistence_forecast returns the window's dtype (float64 for float64 windows), not float32
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.asarray(X)[:, -1, 0]


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([
        keras.Input(shape=(window, 1)),
        keras.layers.LSTM(32),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
