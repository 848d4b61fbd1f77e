# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5b: the input shape is taken from the notebook's global WINDOW instead of the argument, so build_forecaster(w) only accepts windows of 12 steps
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([
        keras.Input(shape=(WINDOW, 1)),
        keras.layers.LSTM(32),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
