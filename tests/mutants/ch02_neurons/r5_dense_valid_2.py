# target: ch02_my_dense
# kind: alternative
# why: valid: initializer objects (GlorotUniform(), Zeros()), tf.matmul plus an explicit bias add, a debug print in build
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        n_in = int(input_shape[-1])
        print("MyDense.build: input_shape", input_shape, "-> kernel", (n_in, self.units))
        self.kernel = self.add_weight(
            name="kernel",
            shape=(n_in, self.units),
            initializer=keras.initializers.GlorotUniform(),
            trainable=True,
        )
        self.bias = self.add_weight(
            name="bias",
            shape=(self.units,),
            initializer=keras.initializers.Zeros(),
            trainable=True,
        )

    def call(self, inputs):
        z = tf.matmul(inputs, self.kernel)
        z = z + self.bias
        if self.activation is not None:
            z = self.activation(z)
        return z
