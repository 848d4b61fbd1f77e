# target: ch02_my_dense
# kind: alternative
# why: valid: initializer objects (GlorotUniform(), Zeros()) instead of strings, int() on the input width, tensordot over the last axis (so 3-D inputs work like Dense), activation resolved with keras.activations.get and stored under another attribute too
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = keras.activations.get(activation)
        self.phi = self.activation

    def build(self, input_shape):
        fan_in = int(input_shape[-1])
        self.kernel = self.add_weight(name="kernel", shape=(fan_in, self.units),
                                      initializer=keras.initializers.GlorotUniform(), trainable=True)
        self.bias = self.add_weight(name="bias", shape=(self.units,),
                                    initializer=keras.initializers.Zeros(), trainable=True)

    def call(self, inputs):
        z = keras.ops.tensordot(inputs, self.kernel, axes=1)
        z = keras.ops.add(z, self.bias)
        return self.phi(z)
