# target: ch02_approximator
# kind: mutant
# why: breaks 2.6d: an L2(0.1) penalty on both kernels outweighs the fit, so training shrinks the weights and the width-30 model stays near a grid MSE of 0.12 (architecture, optimiser and loss are as required)
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    smooth = keras.regularizers.L2(0.1)  # keeps the curve smooth between the samples
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh", kernel_regularizer=smooth),
        keras.layers.Dense(1, kernel_regularizer=smooth),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
