# target: ch02_my_dense
# kind: mutant
# why: breaks 2.4a: the activation is looked up by name in a table of Keras activations, so passing a function (e.g. tf.nn.relu) raises KeyError
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        names = {"relu": keras.activations.relu, "tanh": keras.activations.tanh, "sigmoid": keras.activations.sigmoid,
                 "softmax": keras.activations.softmax, "linear": keras.activations.linear}
        self.activation = None if activation is None else names[activation]

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform", name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        z = keras.ops.matmul(inputs, self.kernel) + self.bias
        return z if self.activation is None else self.activation(z)
