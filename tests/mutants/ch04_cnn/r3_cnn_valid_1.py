# target: ch04_cnn
# kind: alternative
# why: Sequential, three conv blocks 12/24/32 filters (3x3, no bias, BN, ReLU, max-pool 28->14->7->3), Flatten, Dropout(0.2), Dense softmax; by hand 12,774 params (156+2,688+7,040+2,890) and ~1.87M FLOPs (0.17M+1.02M+0.68M+6k)
def build_digit_cnn():
    """A Keras model for 28x28x1 digits that returns 10 class probabilities (Task 4.6)."""
    layers = [keras.Input(shape=(28, 28, 1)),
              keras.layers.RandomTranslation(height_factor=0.1, width_factor=0.1, fill_mode="constant")]
    for filters in [12, 24, 32]:
        layers += [
            keras.layers.Conv2D(filters, kernel_size=3, padding="same", use_bias=False),
            keras.layers.BatchNormalization(),
            keras.layers.Activation("relu"),
            keras.layers.MaxPooling2D(pool_size=2),
        ]
    layers += [
        keras.layers.Flatten(),
        keras.layers.Dropout(0.2),
        keras.layers.Dense(10, activation="softmax"),
    ]
    model = keras.Sequential(layers, name="three_block_cnn")
    print(f"build_digit_cnn: {model.count_params():,} parameters")
    return model
