# target: ch02_approximator
# kind: mutant
# why: breaks 2.6b: the learning rate is an ExponentialDecay schedule that starts at 0.02 and halves every 100 steps, not Adam's constant learning_rate=0.02
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1),
    ])
    # Start at 0.02 and anneal, so the fit settles at the end.
    schedule = keras.optimizers.schedules.ExponentialDecay(
        initial_learning_rate=0.02, decay_steps=100, decay_rate=0.5)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=schedule), loss="mean_squared_error")
    return model
