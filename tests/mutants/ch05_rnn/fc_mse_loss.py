# target: ch05_forecaster
# kind: mutant
# why: trains on the mean squared error although the task asks for MAE
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([keras.Input(shape=(window, 1)), keras.layers.LSTM(32), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
    return model
