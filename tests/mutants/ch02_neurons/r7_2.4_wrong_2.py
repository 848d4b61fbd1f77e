# target: ch02_my_dense
# kind: mutant
# why: breaks 2.4b: kernel rows taken from input_shape[1] instead of input_shape[-1]; same for 2-D inputs, wrong for (batch, time, features) inputs that Dense accepts
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.kernel = self.add_weight(shape=(input_shape[1], self.units), initializer="glorot_uniform", name="kernel")
        self.bias = self.add_weight(shape=(self.units,), initializer="zeros", name="bias")

    def call(self, inputs):
        return self.activation(keras.ops.matmul(inputs, self.kernel) + self.bias)
