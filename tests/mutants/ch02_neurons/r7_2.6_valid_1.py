# target: ch02_approximator
# kind: alternative
# why: valid: model grown with .add(), activation given as the function keras.activations.tanh, loss as the function keras.losses.mean_squared_error, an extra metric, learning rate given positionally as a NumPy float
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    net = keras.Sequential(name=f"approximator_{width}")
    net.add(keras.Input(shape=(1,)))
    net.add(keras.layers.Dense(int(width), activation=keras.activations.tanh))
    net.add(keras.layers.Dense(1, activation=None))
    net.compile(keras.optimizers.Adam(np.float64(0.02)), loss=keras.losses.mean_squared_error, metrics=["mae"])
    return net
