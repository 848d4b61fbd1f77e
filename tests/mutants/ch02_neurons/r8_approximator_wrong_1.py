# target: ch02_approximator
# kind: mutant
# why: breaks 2.6a: the hidden layer uses relu instead of tanh (the student reuses the ReLU network of Task 2.5).
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="relu"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
