# target: ch02_approximator
# kind: mutant
# why: compiles with plain SGD at the same learning rate
def build_approximator(width):
    model = keras.Sequential([
        keras.Input(shape=(1,)),
        keras.layers.Dense(width, activation="tanh"),
        keras.layers.Dense(1),
    ])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.02), loss="mse")
    return model
