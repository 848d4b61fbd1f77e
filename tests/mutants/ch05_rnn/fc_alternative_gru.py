# target: ch05_forecaster
# kind: alternative
# why: a GRU with 24 units, the functional API and a loss object
def persistence_forecast(X):
    windows = np.asarray(X)
    return windows[:, windows.shape[1] - 1, 0].astype(np.float32)


def build_forecaster(window):
    inputs = keras.Input(shape=(window, 1))
    outputs = keras.layers.Dense(1)(keras.layers.GRU(24)(inputs))
    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss=keras.losses.MeanAbsoluteError())
    return model
