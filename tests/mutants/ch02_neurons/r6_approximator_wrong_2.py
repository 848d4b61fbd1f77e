# target: ch02_approximator
# kind: mutant
# why: breaks 2.6c: compiled with the Huber loss, which is half the squared error for errors below 1; Adam is invariant to that scale, so training and the test MSE look the same, but the loss is not mean squared error
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(width, activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=keras.losses.Huber())
    return model
