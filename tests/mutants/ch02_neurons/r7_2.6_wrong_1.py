# target: ch02_approximator
# kind: mutant
# why: breaks 2.6b: compiled with keras.optimizers.AdamW(learning_rate=0.02), a subclass of Adam (isinstance passes) that adds decoupled weight decay 0.004
def build_approximator(width):
    """Compiled 1 -> width (tanh) -> 1 regression network."""
    model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(width, activation="tanh"), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.AdamW(learning_rate=0.02), loss="mse")
    return model
