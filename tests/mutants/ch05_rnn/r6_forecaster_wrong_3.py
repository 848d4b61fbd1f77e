# target: ch05_forecaster
# kind: mutant
# why: breaks 5.5b: the last layer is a linear Activation after Dense(1), not Dense(1) itself (shapes and predictions unchanged)
def persistence_forecast(X):
    return np.asarray(X, dtype=np.float32)[:, -1, 0]


def build_forecaster(window):
    model = keras.Sequential([
        keras.Input(shape=(window, 1)),
        keras.layers.LSTM(32),
        keras.layers.Dense(1),
        keras.layers.Activation("linear"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mae")
    return model
