# target: ch02_my_dense
# kind: mutant
# why: breaks 2.4c: hand-made 'Glorot uniform' with limit sqrt(2/(n_in+n_out)) (the Glorot std) instead of sqrt(6/(n_in+n_out))
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        fan_in, fan_out = input_shape[-1], self.units
        limit = (2.0 / (fan_in + fan_out)) ** 0.5
        self.kernel = self.add_weight(shape=(fan_in, fan_out), name="kernel",
                                      initializer=keras.initializers.RandomUniform(minval=-limit, maxval=limit))
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return self.activation(keras.ops.matmul(inputs, self.kernel) + self.bias)
