# target: ch04_cnn
# kind: mutant
# why: far inside both budgets, but 4 and 8 filters and a global average leave too little capacity for 95% (4.6e)
def build_digit_cnn():
    layers = keras.layers
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(4, 3, padding="same", activation="relu"),
        layers.MaxPooling2D(2),
        layers.Conv2D(8, 3, padding="same", activation="relu"),
        layers.GlobalAveragePooling2D(),
        layers.Dense(10, activation="softmax"),
    ])
