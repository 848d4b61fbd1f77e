# target: ch02_approximator
# kind: mutant
# why: breaks 2.6b: compiles with the string "adam", so Adam runs at its default learning rate 0.001 instead of 0.02.
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer="adam", loss="mse")
    return model
