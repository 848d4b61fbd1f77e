# target: ch02_my_dense
# kind: mutant
# why: breaks 2.4a: only activation names are looked up; an activation passed as a function (e.g. keras.activations.tanh or tf.nn.relu) is silently ignored and the layer stays linear
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_name = activation if isinstance(activation, str) else None
        self.activation = keras.activations.get(self.activation_name)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform", name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return self.activation(keras.ops.matmul(inputs, self.kernel) + self.bias)
