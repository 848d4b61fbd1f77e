# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: ignores the width argument and always builds 30 hidden units (right only for width=30)
HIDDEN_UNITS = 30


def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(HIDDEN_UNITS, activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
