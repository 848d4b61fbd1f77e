# target: ch04_cnn
# kind: mutant
# why: breaks 4.6b: only ONE convolution layer (Conv2D 32 5x5), the student counts the MaxPooling2D as the second "convolution"; 16,618 params and ~1.29M FLOPs, so the budgets hold
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    inputs = keras.Input(shape=(28, 28, 1))
    x = keras.layers.RandomTranslation(0.1, 0.1, fill_mode="constant")(inputs)
    # convolution layer 1: feature extraction
    x = keras.layers.Conv2D(32, 5, padding="same", use_bias=False)(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.ReLU()(x)
    # "convolution" layer 2: subsampling, as in LeNet
    x = keras.layers.MaxPooling2D(4)(x)
    x = keras.layers.Flatten()(x)
    outputs = keras.layers.Dense(10, activation="softmax")(x)
    return keras.Model(inputs, outputs, name="lenet_like")
