# target: ch02_approximator
# kind: alternative
# why: valid: a helper for the hidden layer, a type() check on width, named layers, loss given as "mean_squared_error", an extra "mae" metric and a debug print; architecture, Adam(0.02) and MSE loss are as asked.
def hidden_layer(units):
    """The single tanh hidden layer."""
    return keras.layers.Dense(units, activation="tanh", name=f"hidden_{units}")


def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    if type(width) is not int:
        width = int(width)
    model = keras.Sequential([keras.Input(shape=(1,)), hidden_layer(width), keras.layers.Dense(1, name="output")],
                             name=f"approximator_{width}")
    adam = keras.optimizers.Adam(learning_rate=0.02)
    model.compile(optimizer=adam, loss="mean_squared_error", metrics=["mae"])
    print("built", model.name, "with", model.count_params(), "parameters")
    return model
