# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the hidden layer always has 30 units (copied from the test), so build_approximator(width) is right only for width=30
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(30, activation="tanh"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
