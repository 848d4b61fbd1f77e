# target: ch02_my_dense
# kind: alternative
# why: initialiser objects, tf.matmul and an explicit activation branch
class MyDense(keras.layers.Layer):
    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = None if activation is None else keras.activations.get(activation)

    def build(self, input_shape):
        fan_in = int(input_shape[-1])
        self.kernel = self.add_weight(name="kernel", shape=(fan_in, self.units),
                                      initializer=keras.initializers.GlorotUniform(), trainable=True)
        self.bias = self.add_weight(name="bias", shape=(self.units,),
                                    initializer=keras.initializers.Zeros(), trainable=True)

    def call(self, inputs):
        out = tf.matmul(tf.cast(inputs, self.kernel.dtype), self.kernel) + self.bias
        if self.activation is not None:
            out = self.activation(out)
        return out
