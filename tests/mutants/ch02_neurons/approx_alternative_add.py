# target: ch02_approximator
# kind: alternative
# why: builds the Sequential model with add() and a loss object
def build_approximator(width):
    model = keras.Sequential()
    model.add(keras.Input(shape=(1,)))
    model.add(keras.layers.Dense(units=width, activation=keras.activations.tanh))
    model.add(keras.layers.Dense(units=1, activation=None))
    model.compile(loss=keras.losses.MeanSquaredError(), optimizer=keras.optimizers.Adam(0.02))
    return model
