# target: ch05_forecaster
# kind: alternative
# why: valid: functional keras.Model with Input(shape=(None, 1)) (any window), named layers, Keras loss object MeanAbsoluteError(); persistence via np.take
def persistence_forecast(X):
    last = np.take(np.asarray(X), -1, axis=1)   # (n, 1)
    return last.reshape(-1).astype(np.float32)


def build_forecaster(window):
    inputs = keras.Input(shape=(None, 1), name="window")
    hidden = keras.layers.LSTM(32, name="memory")(inputs)
    outputs = keras.layers.Dense(1, name="next_value")(hidden)
    model = keras.Model(inputs, outputs, name=f"forecaster_w{window}")
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss=keras.losses.MeanAbsoluteError())
    return model
