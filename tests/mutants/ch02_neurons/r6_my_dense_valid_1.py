# target: ch02_my_dense
# kind: alternative
# why: valid: Glorot uniform spelled as VarianceScaling(scale=1.0, mode="fan_avg", distribution="uniform") (the exact definition GlorotUniform subclasses), initializer objects instead of strings, units stored as int, tf.matmul and tf.nn.bias_add in call
class MyDense(keras.layers.Layer):
    """A fully connected layer: activation(inputs @ kernel + bias)."""

    def __init__(self, units, activation=None, **kwargs):
        super().__init__(**kwargs)
        self.units = int(units)
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        fan_in = int(input_shape[-1])
        glorot_uniform = keras.initializers.VarianceScaling(scale=1.0, mode="fan_avg", distribution="uniform")
        self.kernel = self.add_weight(shape=(fan_in, self.units), initializer=glorot_uniform, name="kernel", trainable=True)
        self.bias = self.add_weight(shape=(self.units,), initializer=keras.initializers.Zeros(), name="bias", trainable=True)

    def call(self, inputs):
        pre_activation = tf.nn.bias_add(tf.matmul(inputs, self.kernel), self.bias)
        return self.activation(pre_activation)
