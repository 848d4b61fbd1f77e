# target: ch04_cnn
# kind: mutant
# why: breaks 4.6d: Monte Carlo dropout (a Dropout subclass that forces training=True) stays active in predict, so predicting the same digits twice gives different probabilities; otherwise the reference design (20,634 params, ~2.06M FLOPs)
class MCDropout(keras.layers.Dropout):
    """Dropout that also acts at prediction time (Monte Carlo dropout, for uncertainty estimates)."""

    def call(self, inputs, training=None):
        return super().call(inputs, training=True)


def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    x = keras.layers.Conv2D(16, 3, padding="same", use_bias=False)(x)  # 144
    x = keras.layers.BatchNormalization()(x)  # 64
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 14x14x16
    x = keras.layers.Conv2D(32, 3, padding="same", use_bias=False)(x)  # 9*16*32 = 4,608
    x = keras.layers.BatchNormalization()(x)  # 128
    x = keras.layers.ReLU()(x)
    x = keras.layers.MaxPooling2D()(x)  # 7x7x32
    x = keras.layers.Flatten()(x)  # 1,568
    x = MCDropout(0.1)(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)  # 15,690
    return keras.Model(inputs, outputs, name="digit_cnn")
