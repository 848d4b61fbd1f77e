# target: ch02_my_dense
# kind: mutant
# why: breaks 2.4c: kernel drawn with VarianceScaling(1.0, mode="fan_in", distribution="uniform") (LeCun uniform, limit sqrt(3/fan_in)), which equals Glorot uniform only when fan_in == units; for 5 inputs and 3 units the limit is 0.775 instead of 0.866
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units),
                                      initializer=keras.initializers.VarianceScaling(scale=1.0, mode="fan_in", distribution="uniform"),
                                      name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return self.activation(keras.ops.matmul(inputs, self.kernel) + self.bias)
