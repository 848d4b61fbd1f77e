# target: ch04_cnn
# kind: alternative
# why: Sequential built with add() in a loop, tuple kernel/pool sizes and explicit strides (equivalent to 3 and 2)
def build_digit_cnn():
    """The small CNN of Task 4.6 for 28x28x1 digits (uncompiled)."""
    from keras import layers

    model = keras.Sequential(name="digit_cnn")
    model.add(keras.Input(shape=(28, 28, 1)))
    model.add(layers.RandomTranslation(0.1, 0.1, fill_mode="constant"))
    for n_filters in (16, 32):
        model.add(layers.Conv2D(n_filters, (3, 3), strides=(1, 1), padding="same", use_bias=False))
        model.add(layers.BatchNormalization())
        model.add(layers.Activation("relu"))
        model.add(layers.MaxPooling2D(pool_size=(2, 2), strides=(2, 2)))
    model.add(layers.Flatten())
    model.add(layers.Dense(10, activation="softmax"))
    return model
