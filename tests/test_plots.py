import numpy as np
import pytest
from matplotlib.figure import Figure

from nna_tf import plots


def test_training_curves_pairs_validation_metrics():
    fig = plots.training_curves({"loss": [1, 0.5], "val_loss": [1.1, 0.7], "accuracy": [0.5, 0.9]})
    assert isinstance(fig, Figure)
    assert len(fig.axes) == 2
    assert len(fig.axes[0].lines) == 2


def test_decision_boundary_draws_points_and_regions():
    x = np.array([[0, 0], [1, 1], [0, 1], [1, 0]], dtype=float)
    fig = plots.decision_boundary(
        lambda g: (g[:, 0] > 0.5).astype(float), x, [0, 1, 0, 1], resolution=20
    )
    assert len(fig.axes[0].collections) >= 2
    fig.savefig("/dev/null", format="png")


def test_decision_boundary_rejects_bad_points():
    with pytest.raises(
        ValueError, match=r"Expected `x` of shape \(n, 2\). Received: x.shape=\(3,\)"
    ):
        plots.decision_boundary(lambda g: g, [1, 2, 3], [0, 1, 0])


def test_image_grid_and_heatmap_and_timeline_render():
    for fig in (
        plots.image_grid(np.random.rand(5, 4, 4, 1), titles=list("abcde"), columns=3),
        plots.attention_heatmap(np.full((2, 3, 3), 1 / 3)),
        plots.timeline([1958, 1943, 2017], ["perceptron", "MP unit", "Transformer"]),
    ):
        assert isinstance(fig, Figure)
        fig.savefig("/dev/null", format="png")


def test_timeline_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="Expected as many labels as years"):
        plots.timeline([1943], [])


def test_scatter_classes_draws_one_group_per_label_and_checks_lengths():
    x = np.array([[0.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    fig = plots.scatter_classes(x, np.array([0, 0, 1]), title="data")
    ax = fig.axes[0]
    assert len(ax.collections) == 2
    assert ax.get_title() == "data"
    with pytest.raises(ValueError, match="one label per point"):
        plots.scatter_classes(x, np.array([0, 1]))


def test_curves_draw_mean_and_band_for_several_runs():
    fig = plots.curves(
        {"one run": [1, 2, 3], "three runs": np.ones((3, 3))}, xlabel="step", ylabel="regret"
    )
    ax = fig.axes[0]
    assert len(ax.lines) == 2
    assert len(ax.collections) == 1  # only the multi-run curve gets a band
    smoothed = plots.curves({"a": np.arange(10.0)}, xlabel="x", ylabel="y", smooth=4)
    np.testing.assert_allclose(smoothed.axes[0].lines[0].get_ydata(), np.arange(1.5, 8.0))
    with pytest.raises(ValueError, match="Expected at least one curve"):
        plots.curves({}, xlabel="x", ylabel="y")


def test_grid_values_draws_one_arrow_per_unlabelled_state():
    moves = {0: (0, -1), 1: (1, 0), 2: (0, 1), 3: (-1, 0)}
    fig = plots.grid_values(
        np.arange(6.0), (2, 3), policy=[0, 1, 2, 3, 0, 1], moves=moves, labels={5: "G"}
    )
    ax = fig.axes[0]
    assert len(ax.texts) == 6  # five arrows (annotations) and one letter
    assert ax.images[0].get_array().shape == (2, 3)
    fig.savefig("/dev/null", format="png")
    with pytest.raises(ValueError, match=r"Expected values of shape \(6,\)"):
        plots.grid_values(np.arange(5.0), (2, 3))
    with pytest.raises(ValueError, match="Expected `moves`"):
        plots.grid_values(np.arange(6.0), (2, 3), policy=[0] * 6)


def test_grid_paths_plots_states_row_by_row():
    fig = plots.grid_paths((2, 3), {"path": [0, 1, 4, 5]}, marked=[3], labels={0: "S"})
    x, y = fig.axes[0].lines[0].get_data()
    np.testing.assert_allclose(x, [0, 1, 1, 2])
    np.testing.assert_allclose(y, [0, 0, 1, 1])
    fig.savefig("/dev/null", format="png")


def test_curves_with_x_positions_and_log_axes():
    fig = plots.curves(
        {"error": [0.3, 0.2, 0.1]}, x=[100, 1000, 10000], xlabel="n", ylabel="e", log=True
    )
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    assert list(ax.lines[0].get_xdata()) == [100, 1000, 10000]
    with pytest.raises(ValueError, match="one value per x position"):
        plots.curves({"error": [0.3, 0.2]}, x=[1, 2, 3], xlabel="n", ylabel="e")
    with pytest.raises(ValueError, match="smooth=1 when x is given"):
        plots.curves({"error": [0.3, 0.2]}, x=[1, 2], smooth=2, xlabel="n", ylabel="e")


def test_reliability_diagram_skips_empty_bins_and_checks_lengths():
    confidence, accuracy, counts = [0.1, np.nan, 0.9], [0.2, np.nan, 0.8], [5, 0, 7]
    fig = plots.reliability_diagram(
        {"before": (confidence, accuracy, counts), "after": (confidence, accuracy, counts)}
    )
    assert len(fig.axes) == 2
    assert len(fig.axes[0].patches) == 2  # one bar per non-empty bin
    with pytest.raises(ValueError, match="one equal length"):
        plots.reliability_diagram({"bad": ([0.1], [0.2, 0.3], [1, 1])})
    with pytest.raises(ValueError, match="at least one"):
        plots.reliability_diagram({})


def test_labelled_points_put_one_marker_and_label_per_item():
    fig = plots.labelled_points(
        [1e3, 2e4], [0.9, 0.95], ["MLP", "CNN"], xlabel="params", ylabel="acc", log_x=True
    )
    ax = fig.axes[0]
    assert ax.get_xscale() == "log" and len(ax.lines) == 2
    assert [t.get_text() for t in ax.texts] == ["MLP", "CNN"]
    with pytest.raises(ValueError, match="one equal length"):
        plots.labelled_points([1, 2], [0.5], ["a", "b"], xlabel="x", ylabel="y")
    fig.savefig("/dev/null", format="png")


def test_tree_centres_parents_over_their_children_and_refuses_cycles():
    fig = plots.tree({"net": ["dense", "conv"], "conv": ["images", "audio"]}, "net")
    ax = fig.axes[0]
    where = {t.get_text(): t.xy for t in ax.texts}
    assert where["dense"] == (0.0, -1) and where["images"] == (1.0, -2)
    assert where["conv"] == (1.5, -1) and where["net"] == (0.75, 0)
    assert len(ax.lines) == 4  # one edge per child
    fig.savefig("/dev/null", format="png")
    with pytest.raises(ValueError, match="cycle"):
        plots.tree({"a": ["b"], "b": ["a"]}, "a")
