# target: ch02_approximator
# kind: mutant
# why: breaks 2.6c: compiled with the Huber loss (delta=1), which equals half the squared error for |error| < 1 and so trains almost identically under Adam, but is not the mean squared error loss
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(width, activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss=keras.losses.Huber(delta=1.0))
    return model
