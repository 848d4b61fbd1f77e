# target: ch02_approximator
# kind: mutant
# why: forgets the hidden activation, so the network is linear
def build_approximator(width):
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
