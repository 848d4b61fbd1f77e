"""Environments and bandits for the reinforcement-learning chapter.

Gymnasium (the maintained successor of OpenAI Gym) supplies the environments. Its
toy-text and classic-control environments are pure Python: nothing is downloaded
and nothing is drawn. `make` and `make_vec` build them with Gymnasium's own warnings
turned off, because text on stderr would zero a graded cell. The bandits here are
the course's own: Gymnasium has none.
"""

from __future__ import annotations

from typing import Any

import numpy as np


def _gymnasium() -> Any:
    import gymnasium

    # Gymnasium warns through `warnings` (for example on a step after the episode
    # ended); the environments still behave as documented, so keep only errors.
    gymnasium.logger.min_level = gymnasium.logger.ERROR
    return gymnasium


def make(env_id: str, **kwargs: Any) -> Any:
    """`gymnasium.make(env_id, **kwargs)` without Gymnasium's warnings.

    Example: `make("FrozenLake-v1", map_name="8x8", is_slippery=True)`.
    """
    return _gymnasium().make(env_id, **kwargs)


def make_vec(env_id: str, num_envs: int, **kwargs: Any) -> Any:
    """`num_envs` copies of an environment stepped together as one batch.

    Uses the environment's own NumPy-vectorised version when it has one (CartPole
    does) and Gymnasium's synchronous wrapper otherwise. After an episode ends, the
    copy resets itself on the following `step` (Gymnasium's "next step" autoreset).
    """
    gymnasium = _gymnasium()
    spec = gymnasium.spec(env_id)
    mode = "vector_entry_point" if spec.vector_entry_point is not None else "sync"
    return gymnasium.make_vec(env_id, num_envs=num_envs, vectorization_mode=mode, **kwargs)


def transition_table(env: Any) -> Any:
    """The model of a toy-text environment: `P[s][a]` is a list of
    `(probability, next_state, reward, terminated)` tuples."""
    table = getattr(env.unwrapped, "P", None)
    if table is None:
        raise ValueError(
            f"Expected an environment with a transition table `P` (FrozenLake, CliffWalking, "
            f"Taxi). Received: {env.unwrapped.__class__.__name__}"
        )
    return table


class Bandit:
    """A k-armed bandit: `pull(arm)` returns a random reward from that arm.

    Rewards come from the generator given at construction, so a run is reproducible
    and separate from the agent's own generator. `means` are the arms' expected
    rewards, known to the experimenter (for regret) but not to the agent.
    """

    def __init__(self, means: Any, rng: np.random.Generator) -> None:
        self.means = np.array(means, dtype=np.float64)
        if self.means.ndim != 1 or len(self.means) < 2:
            raise ValueError(
                f"Expected `means` of shape (k,) with k >= 2. Received: shape={self.means.shape}"
            )
        if not isinstance(rng, np.random.Generator):
            raise TypeError(
                f"Expected `rng` to be a np.random.Generator. Received: {type(rng).__name__}"
            )
        self.means.setflags(write=False)
        self.rng = rng
        self.pulls = 0

    @property
    def n_arms(self) -> int:
        return len(self.means)

    @property
    def best_mean(self) -> float:
        return float(self.means.max())

    def _check_arm(self, arm: Any) -> int:
        if isinstance(arm, bool) or not isinstance(arm, (int, np.integer)):
            raise TypeError(f"Expected an integer arm. Received: {arm!r}")
        if not 0 <= arm < self.n_arms:
            raise ValueError(f"Expected an arm in [0, {self.n_arms - 1}]. Received: arm={arm}")
        self.pulls += 1
        return int(arm)

    def pull(self, arm: int) -> float:
        raise NotImplementedError


class GaussianBandit(Bandit):
    """Arm a pays `means[a] + noise_std * N(0, 1)`."""

    def __init__(self, means: Any, rng: np.random.Generator, noise_std: float = 1.0) -> None:
        super().__init__(means, rng)
        self.noise_std = float(noise_std)

    def pull(self, arm: int) -> float:
        a = self._check_arm(arm)
        return float(self.means[a] + self.noise_std * self.rng.standard_normal())


class BernoulliBandit(Bandit):
    """Arm a pays 1 with probability `means[a]` and 0 otherwise."""

    def __init__(self, means: Any, rng: np.random.Generator) -> None:
        super().__init__(means, rng)
        if self.means.min() < 0 or self.means.max() > 1:
            raise ValueError(f"Expected probabilities in [0, 1]. Received: {self.means}")

    def pull(self, arm: int) -> float:
        a = self._check_arm(arm)
        return float(self.rng.random() < self.means[a])


def testbed(n_arms: int, rng: np.random.Generator) -> GaussianBandit:
    """The classic testbed (Sutton and Barto, section 2.3): arm means drawn from
    N(0, 1), rewards with unit noise, both from `rng`."""
    return GaussianBandit(rng.standard_normal(n_arms), rng)
