# target: ch07_linear_ae
# kind: alternative
# why: scipy.linalg.subspace_angles (radians, decreasing) converted and sorted; functional Keras models
import scipy.linalg


def principal_angles(a, b):
    radians = scipy.linalg.subspace_angles(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    degrees = np.sort(np.rad2deg(radians))
    print("angles:", degrees.shape, degrees.dtype)
    return degrees.astype(np.float64)


def build_linear_autoencoder(input_dim, code_dim):
    x = keras.Input(shape=(input_dim,))
    z = keras.Input(shape=(code_dim,))
    encoder = keras.Model(x, keras.layers.Dense(code_dim, activation=None)(x))
    decoder = keras.Model(z, keras.layers.Dense(input_dim, activation="linear")(z))
    autoencoder = keras.Model(x, decoder(encoder(x)))
    return autoencoder, encoder, decoder
