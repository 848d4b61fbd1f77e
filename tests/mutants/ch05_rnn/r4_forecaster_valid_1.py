# target: ch05_forecaster
# kind: alternative
# why: functional API, loop-built persistence with debug print, loss given as a MeanAbsoluteError object; LSTM(32) + Dense(1), Adam(0.01) as calibrated
def persistence_forecast(X):
    """Forecast the last value of each window."""
    X = np.asarray(X)
    print("persistence on", X.shape, X.dtype)
    last = np.zeros(X.shape[0], dtype=np.float32)
    for i in range(X.shape[0]):
        last[i] = X[i, -1, 0]
    return last


def build_forecaster(window):
    """A compiled LSTM forecaster of the value after a window of shape (window, 1)."""
    inputs = keras.Input(shape=(window, 1), name="window")
    state = keras.layers.LSTM(32, name="lstm")(inputs)
    forecast = keras.layers.Dense(1, name="forecast")(state)
    model = keras.Model(inputs=inputs, outputs=forecast)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.MeanAbsoluteError())
    print("parameters:", model.count_params())
    return model
