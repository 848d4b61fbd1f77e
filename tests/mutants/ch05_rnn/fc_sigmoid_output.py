# target: ch05_forecaster
# kind: mutant
# why: a sigmoid output that cannot reach standardised values outside (0, 1)
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
