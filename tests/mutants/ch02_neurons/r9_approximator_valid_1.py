# target: ch02_approximator
# kind: alternative
# why: meets 2.6a-2.6d: add() style with keras.activations.tanh, an explicit activation=None output, a MeanSquaredError object and a debug print
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential(name=f"approximator_{width}")
    model.add(keras.Input(shape=(1,)))
    model.add(keras.layers.Dense(width, activation=keras.activations.tanh, name="bumps"))
    model.add(keras.layers.Dense(1, activation=None, name="value"))
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=keras.losses.MeanSquaredError())
    print(f"width {width}: {model.count_params()} parameters")
    return model
