# target: ch02_approximator
# kind: mutant
# why: puts a tanh on the output layer too
def build_approximator(width):
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1, activation="tanh"),
    ])
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.02), loss="mse")
    return model
