# target: ch07_linear_ae
# kind: alternative
# why: scipy.linalg.subspace_angles (radians, decreasing) converted to degrees and re-sorted; Sequential models
import scipy.linalg


def principal_angles(a, b):
    """Principal angles in degrees, increasing, between the column spaces of a (d, p) and b (d, q)."""
    a = np.array(a, dtype=np.float64)
    b = np.array(b, dtype=np.float64)
    print("shapes:", a.shape, b.shape)
    theta = scipy.linalg.subspace_angles(a, b)
    theta_deg = np.rad2deg(theta)
    result = np.sort(theta_deg)
    print(type(result), result.dtype)
    return np.asarray(result, dtype=np.float64)


def build_linear_autoencoder(input_dim, code_dim):
    """(autoencoder, encoder, decoder): one affine Dense layer each way."""
    encoder = keras.Sequential([keras.Input((input_dim,)), keras.layers.Dense(code_dim, activation=None, use_bias=True)],
                               name="enc")
    decoder = keras.Sequential([keras.Input((code_dim,)), keras.layers.Dense(input_dim, activation=None, use_bias=True)],
                               name="dec")
    autoencoder = keras.Sequential([keras.Input((input_dim,)), encoder, decoder], name="ae")
    print("trainable parameters:", autoencoder.count_params())
    return autoencoder, encoder, decoder
