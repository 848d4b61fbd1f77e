import contextlib
import io

import numpy as np
import pytest

from nna_tf import rl


def test_bandits_are_reproducible_and_count_pulls():
    first = rl.GaussianBandit([0.0, 1.0, -1.0], np.random.default_rng(3), noise_std=0.5)
    second = rl.GaussianBandit([0.0, 1.0, -1.0], np.random.default_rng(3), noise_std=0.5)
    rewards = [first.pull(1) for _ in range(5)]
    assert rewards == [second.pull(1) for _ in range(5)]
    assert first.pulls == 5 and first.best_mean == 1.0 and first.n_arms == 3
    want = 1.0 + 0.5 * np.random.default_rng(3).standard_normal(5)
    np.testing.assert_allclose(rewards, want)
    coin = rl.BernoulliBandit([0.0, 1.0], np.random.default_rng(0))
    assert [coin.pull(0), coin.pull(1)] == [0.0, 1.0]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda b: b.pull(3), ValueError, r"Expected an arm in \[0, 2\]"),
        (lambda b: b.pull(1.0), TypeError, "Expected an integer arm"),
        (lambda b: b.pull(True), TypeError, "Expected an integer arm"),
    ],
)
def test_bandit_rejects_bad_arms(call, error, message):
    with pytest.raises(error, match=message):
        call(rl.testbed(3, np.random.default_rng(0)))


def test_bandit_rejects_bad_construction():
    with pytest.raises(ValueError, match="k >= 2"):
        rl.GaussianBandit([1.0], np.random.default_rng(0))
    with pytest.raises(TypeError, match=r"np\.random\.Generator"):
        rl.GaussianBandit([1.0, 2.0], 0)
    with pytest.raises(ValueError, match="probabilities"):
        rl.BernoulliBandit([0.5, 1.5], np.random.default_rng(0))


def test_environments_are_quiet_and_expose_their_model():
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        env = rl.make("FrozenLake-v1", is_slippery=False)
        env.reset(seed=0)
        for action in (1, 1, 1, 1, 1, 1):  # falls in a hole, then keeps stepping
            env.step(action)
    assert stderr.getvalue() == ""
    table = rl.transition_table(env)
    assert table[0][2] == [(1.0, 1, 0.0, False)]
    with pytest.raises(ValueError, match="transition table"):
        rl.transition_table(rl.make("CartPole-v1"))


def test_make_vec_uses_numpy_vectorised_cartpole():
    envs = rl.make_vec("CartPole-v1", 5, max_episode_steps=50)
    observations, _ = envs.reset(seed=0)
    assert observations.shape == (5, 4)
    _, rewards, terminated, truncated, _ = envs.step(np.zeros(5, dtype=np.int64))
    assert rewards.shape == terminated.shape == truncated.shape == (5,)
    assert type(envs).__name__ == "CartPoleVectorEnv"
