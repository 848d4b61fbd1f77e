# target: ch02_approximator
# kind: mutant
# why: breaks 2.6b: compiled with plain SGD at learning rate 0.02 instead of Adam
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.02), loss="mse")
    return model
