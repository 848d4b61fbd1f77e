# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5a: persistence_forecast returns the last values in the dtype of X, so float64 windows give a float64 forecast, not float32
def persistence_forecast(X):
    return np.asarray(X)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([
        keras.Input(shape=(window, 1)),
        keras.layers.LSTM(32),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
