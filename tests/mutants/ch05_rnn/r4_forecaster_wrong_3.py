# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5c: compiled with the mean squared error as the loss instead of the mean absolute error
def persistence_forecast(X):
    """Forecast the last value of each window."""
    return np.array([w[-1, 0] for w in X], dtype=np.float32)


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse", metrics=["mae"])
    return model
