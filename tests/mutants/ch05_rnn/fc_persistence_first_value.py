# target: ch05_forecaster
# kind: mutant
# why: persistence repeats the first value of the window instead of the last
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, 0, 0]


def build_forecaster(window):
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
