# target: ch02_approximator
# kind: alternative
# why: valid: layer list built first, keyword units=, explicit activation=None on the output, loss object keras.losses.MeanSquaredError(), a parameter-count print
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    layers = [
        keras.Input(shape=(1,)),
        keras.layers.Dense(units=width, activation="tanh"),
        keras.layers.Dense(units=1, activation=None),
    ]
    model = keras.Sequential(layers)
    optimizer = keras.optimizers.Adam(learning_rate=0.02)
    model.compile(optimizer=optimizer, loss=keras.losses.MeanSquaredError())
    print(f"width {width}: {model.count_params()} parameters")
    return model
