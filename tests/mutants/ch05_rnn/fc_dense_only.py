# target: ch05_forecaster
# kind: mutant
# why: a dense network on the flattened window, no recurrent layer
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.Flatten(), keras.layers.Dense(32, activation="relu"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
