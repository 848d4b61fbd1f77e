"""Figures the chapters draw. Each helper returns a `matplotlib.figure.Figure` built
without pyplot, so nothing global is touched, nothing is shown by itself, and the
helpers work headless. Display one in a notebook by making it a cell's last value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
from matplotlib.figure import Figure


def _as_2d_points(x: Any, name: str) -> np.ndarray:
    points = np.asarray(x, dtype=np.float64)
    if points.ndim != 2 or points.shape[1] != 2:
        raise ValueError(
            f"Expected `{name}` of shape (n, 2). Received: {name}.shape={points.shape}"
        )
    return points


def training_curves(
    history: Mapping[str, Sequence[float]] | Any, *, title: str = "Training"
) -> Figure:
    """Plot every metric of a Keras `History` (or a dict of lists) against the epoch.

    Metrics and their `val_` twins share an axis; one axis per metric.
    """
    logs = dict(getattr(history, "history", history))
    if not logs:
        raise ValueError("Expected a history with at least one metric. Received: an empty history.")
    metrics = [key for key in logs if not key.startswith("val_")]
    fig = Figure(figsize=(4.5 * len(metrics), 3.4), layout="constrained")
    axes = fig.subplots(1, len(metrics), squeeze=False)[0]
    for ax, key in zip(axes, metrics, strict=True):
        ax.plot(np.arange(1, len(logs[key]) + 1), logs[key], label="train")
        if f"val_{key}" in logs:
            ax.plot(
                np.arange(1, len(logs[f"val_{key}"]) + 1), logs[f"val_{key}"], label="validation"
            )
        ax.set_xlabel("epoch")
        ax.set_ylabel(key)
        ax.legend()
    fig.suptitle(title)
    return fig


def scatter_classes(x: Any, y: Any, *, title: str = "Data", ax: Any = None) -> Figure:
    """Points of a 2-D data set coloured by their integer label, before any model.

    Args:
        x: Points, shape (n, 2).
        y: Integer labels, shape (n,).
        ax: Axes to draw on; a new figure otherwise.
    """
    points = _as_2d_points(x, "x")
    labels = np.asarray(y).reshape(-1)
    if labels.shape[0] != points.shape[0]:
        raise ValueError(
            f"Expected one label per point. Received: x.shape={points.shape}, y.shape={labels.shape}"
        )
    if ax is None:
        fig = Figure(figsize=(4.2, 4), layout="constrained")
        ax = fig.subplots()
    else:
        fig = ax.figure
    for label in np.unique(labels):
        chosen = labels == label
        ax.scatter(
            points[chosen, 0], points[chosen, 1], s=18, edgecolors="k", label=f"class {label}"
        )
    ax.legend()
    ax.set_title(title)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return fig


def decision_boundary(
    predict: Callable[[np.ndarray], Any],
    x: Any,
    y: Any,
    *,
    resolution: int = 200,
    title: str = "Decision boundary",
    ax: Any = None,
) -> Figure:
    """Shade the class that `predict` assigns over the plane, with the data on top.

    Args:
        predict: Maps an (m, 2) float32 array to scores: (m,) or (m, 1) thresholded at
            0.5, or (m, k) reduced by argmax. It is called once, on all
            `resolution` ** 2 points: for a Keras model, pass
            `batch_size=len(grid)` to `predict`, whose default of 32 makes 1,250
            calls for the default grid.
        x: Points, shape (n, 2).
        y: Integer labels, shape (n,).
        ax: Axes to draw on (for figures of several panels); a new figure otherwise.
    """
    points = _as_2d_points(x, "x")
    labels = np.asarray(y).reshape(-1)
    pad = 0.5
    (x0, y0), (x1, y1) = points.min(axis=0) - pad, points.max(axis=0) + pad
    gx, gy = np.meshgrid(np.linspace(x0, x1, resolution), np.linspace(y0, y1, resolution))
    grid = np.stack([gx.ravel(), gy.ravel()], axis=1).astype(np.float32)
    scores = np.asarray(predict(grid))
    if scores.ndim == 2 and scores.shape[1] > 1:
        classes = scores.argmax(axis=1)
    else:
        classes = (scores.reshape(-1) > 0.5).astype(int)
    if ax is None:
        fig = Figure(figsize=(4.2, 4), layout="constrained")
        ax = fig.subplots()
    else:
        fig = ax.figure
    ax.contourf(gx, gy, classes.reshape(gx.shape), alpha=0.3, cmap="coolwarm")
    ax.scatter(points[:, 0], points[:, 1], c=labels, cmap="coolwarm", edgecolors="k", s=18)
    ax.set_title(title)
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    return fig


def image_grid(
    images: Any,
    *,
    titles: Sequence[str] | None = None,
    columns: int = 8,
    title: str = "",
    cmap: str = "gray",
) -> Figure:
    """Show a stack of 2-D images (filters, feature maps, digits) in a grid.

    Args:
        images: Array of shape (n, h, w) or (n, h, w, 1).
    """
    stack = np.asarray(images, dtype=np.float64)
    if stack.ndim == 4 and stack.shape[-1] == 1:
        stack = stack[..., 0]
    if stack.ndim != 3:
        raise ValueError(f"Expected images of shape (n, h, w). Received: shape={stack.shape}")
    n = len(stack)
    cols = min(columns, n)
    rows = -(-n // cols)
    fig = Figure(figsize=(1.6 * cols, 1.7 * rows + 0.4), layout="constrained")
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for i, ax in enumerate(axes):
        ax.axis("off")
        if i < n:
            ax.imshow(stack[i], cmap=cmap)
            if titles is not None:
                ax.set_title(titles[i], fontsize=8)
    if title:
        fig.suptitle(title)
    return fig


def attention_heatmap(
    weights: Any,
    *,
    x_labels: Sequence[str] | None = None,
    y_labels: Sequence[str] | None = None,
    title: str = "Attention weights",
) -> Figure:
    """Draw a (queries, keys) attention matrix, or one panel per head for (heads, q, k)."""
    matrix = np.asarray(weights, dtype=np.float64)
    if matrix.ndim == 2:
        matrix = matrix[None]
    if matrix.ndim != 3:
        raise ValueError(
            f"Expected weights of shape (q, k) or (heads, q, k). Received: shape={matrix.shape}"
        )
    heads = len(matrix)
    fig = Figure(figsize=(3.4 * heads, 3.2), layout="constrained")
    axes = fig.subplots(1, heads, squeeze=False)[0]
    for h, ax in enumerate(axes):
        image = ax.imshow(matrix[h], cmap="viridis", vmin=0.0, vmax=1.0)
        ax.set_xlabel("key")
        ax.set_ylabel("query")
        if x_labels is not None:
            ax.set_xticks(range(len(x_labels)), x_labels, rotation=90, fontsize=7)
        if y_labels is not None:
            ax.set_yticks(range(len(y_labels)), y_labels, fontsize=7)
        if heads > 1:
            ax.set_title(f"head {h}")
    fig.colorbar(image, ax=list(axes), shrink=0.8)
    fig.suptitle(title)
    return fig


def timeline(years: Sequence[int], labels: Sequence[str], *, title: str = "Timeline") -> Figure:
    """Milestones on a horizontal time axis, labels alternating above and below."""
    if len(years) != len(labels):
        raise ValueError(
            f"Expected as many labels as years. Received: len(years)={len(years)}, len(labels)={len(labels)}"
        )
    if not len(years):
        raise ValueError("Expected at least one milestone. Received: none.")
    order = np.argsort(np.asarray(years), kind="stable")
    fig = Figure(figsize=(12, 4.2), layout="constrained")
    ax = fig.subplots()
    ax.axhline(0, color="0.3", lw=1)
    levels = np.tile([1.0, -1.0, 0.6, -0.6, 1.4, -1.4], len(order) // 6 + 1)
    for level, i in zip(levels, order, strict=False):
        year = int(years[i])
        ax.vlines(year, 0, level, color="0.6", lw=0.8)
        ax.plot(year, 0, "o", color="C0")
        ax.annotate(
            f"{year}\n{labels[i]}",
            (year, level),
            ha="center",
            va="bottom" if level > 0 else "top",
            fontsize=7,
        )
    ax.set_ylim(-2.2, 2.2)
    ax.get_yaxis().set_visible(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    ax.set_title(title)
    return fig


def curves(
    series: Mapping[str, Any],
    *,
    xlabel: str,
    ylabel: str,
    title: str = "",
    smooth: int = 1,
    x: Sequence[float] | None = None,
    log: bool = False,
) -> Figure:
    """Several curves on one axis, one per label: regret, returns, learning curves.

    Args:
        series: Label to a 1-D array of values, or to a 2-D array (runs, steps) whose
            mean is drawn with a band of one standard error.
        smooth: Width of a trailing moving average applied before drawing (1: none).
        x: Positions of the points (default 1, 2, ...); not combined with `smooth`.
        log: Draw both axes on a logarithmic scale (chapter 9's scaling curves).
    """
    if not series:
        raise ValueError("Expected at least one curve. Received: none.")
    if smooth < 1:
        raise ValueError(f"Expected smooth >= 1. Received: smooth={smooth}")
    if x is not None and smooth > 1:
        raise ValueError(f"Expected smooth=1 when x is given. Received: smooth={smooth}")
    fig = Figure(figsize=(6.5, 3.8), layout="constrained")
    ax = fig.subplots()
    for label, values in series.items():
        runs = np.asarray(values, dtype=np.float64)
        if runs.ndim == 1:
            runs = runs[None]
        if runs.ndim != 2 or runs.shape[1] == 0:
            raise ValueError(
                f"Expected curve {label!r} of shape (steps,) or (runs, steps). Received: shape={runs.shape}"
            )
        if smooth > 1:
            kernel = np.ones(smooth) / smooth
            runs = np.stack([np.convolve(r, kernel, mode="valid") for r in runs])
        steps = (
            np.arange(smooth, smooth + runs.shape[1])
            if x is None
            else np.asarray(x, dtype=np.float64)
        )
        if len(steps) != runs.shape[1]:
            raise ValueError(
                f"Expected curve {label!r} to have one value per x position ({len(steps)}). Received: {runs.shape[1]} values"
            )
        mean = runs.mean(axis=0)
        (line,) = ax.plot(steps, mean, label=label, marker="o" if x is not None else None)
        if len(runs) > 1:
            error = runs.std(axis=0, ddof=1) / np.sqrt(len(runs))
            ax.fill_between(steps, mean - error, mean + error, color=line.get_color(), alpha=0.2)
    if log:
        ax.set_xscale("log")
        ax.set_yscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.legend()
    if title:
        ax.set_title(title)
    return fig


def reliability_diagram(
    bins: Mapping[str, tuple[Any, Any, Any]], *, title: str = "Reliability diagram"
) -> Figure:
    """Accuracy against confidence per confidence bin, one panel per label (chapter 9).

    Args:
        bins: Label to `(confidence, accuracy, counts)`, three arrays of one value per
            bin of equal width on [0, 1]; empty bins (count 0) are not drawn.
    """
    if not bins:
        raise ValueError("Expected at least one set of bins. Received: none.")
    fig = Figure(figsize=(3.6 * len(bins), 3.6), layout="constrained")
    axes = fig.subplots(1, len(bins), squeeze=False).ravel()
    for ax, (label, (confidence, accuracy, counts)) in zip(axes, bins.items(), strict=True):
        confidence, accuracy = np.asarray(confidence, np.float64), np.asarray(accuracy, np.float64)
        counts = np.asarray(counts)
        if not confidence.shape == accuracy.shape == counts.shape or confidence.ndim != 1:
            raise ValueError(
                f"Expected confidence, accuracy and counts of one equal length for {label!r}. "
                f"Received: shapes {confidence.shape}, {accuracy.shape}, {counts.shape}"
            )
        width = 1.0 / len(counts)
        centres = (np.arange(len(counts)) + 0.5) * width
        full = counts > 0
        ax.bar(centres[full], accuracy[full], width=width * 0.9, alpha=0.7, label="accuracy")
        ax.plot(
            confidence[full],
            accuracy[full],
            "o",
            color="black",
            markersize=3,
            label="mean confidence",
        )
        ax.plot([0, 1], [0, 1], "--", color="gray", label="perfect calibration")
        ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="confidence", ylabel="accuracy", title=label)
    axes[0].legend(fontsize=8, loc="upper left")
    fig.suptitle(title)
    return fig


def _grid_axes(shape: tuple[int, int], ax: Any) -> None:
    rows, cols = shape
    ax.set_xticks(np.arange(-0.5, cols), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0, labelbottom=False, labelleft=False)


def grid_values(
    values: Any,
    shape: tuple[int, int],
    *,
    policy: Any = None,
    moves: Mapping[int, tuple[int, int]] | None = None,
    labels: Mapping[int, str] | None = None,
    title: str = "",
) -> Figure:
    """State values of a grid world as a heat map, with the greedy action as arrows.

    Args:
        values: One value per state, states numbered row by row: shape (rows * cols,).
        shape: (rows, cols) of the grid.
        policy: Optional action per state; drawn as an arrow using `moves`.
        moves: Action to (row step, column step), e.g. FrozenLake's
            {0: (0, -1), 1: (1, 0), 2: (0, 1), 3: (-1, 0)}.
        labels: State to a letter written in its cell ("S", "H", "G"); no arrow there.
    """
    rows, cols = shape
    grid = np.asarray(values, dtype=np.float64)
    if grid.shape != (rows * cols,):
        raise ValueError(
            f"Expected values of shape ({rows * cols},) for a {rows}x{cols} grid. Received: shape={grid.shape}"
        )
    if policy is not None and moves is None:
        raise ValueError("Expected `moves` (action to row and column step) to draw a policy.")
    labels = dict(labels or {})
    fig = Figure(figsize=(0.75 * cols + 1.4, 0.75 * rows + 0.6), layout="constrained")
    ax = fig.subplots()
    image = ax.imshow(grid.reshape(rows, cols), cmap="viridis")
    _grid_axes(shape, ax)
    for state in range(rows * cols):
        r, c = divmod(state, cols)
        if state in labels:
            ax.text(
                c,
                r,
                labels[state],
                ha="center",
                va="center",
                color="white",
                fontsize=11,
                weight="bold",
            )
        elif policy is not None and moves is not None:
            dr, dc = moves[int(np.asarray(policy)[state])]
            ax.annotate(
                "",
                (c + 0.35 * dc, r + 0.35 * dr),
                (c - 0.25 * dc, r - 0.25 * dr),
                arrowprops={"arrowstyle": "->", "color": "white", "lw": 1.5},
            )
    fig.colorbar(image, ax=ax, shrink=0.8, label="value")
    if title:
        ax.set_title(title)
    return fig


def grid_paths(
    shape: tuple[int, int],
    paths: Mapping[str, Sequence[int]],
    *,
    marked: Sequence[int] = (),
    labels: Mapping[int, str] | None = None,
    title: str = "",
) -> Figure:
    """Paths through a grid world, one colour per label, states numbered row by row.

    `marked` states (a cliff, holes) are shaded; `labels` writes letters in cells.
    """
    rows, cols = shape
    cells = np.zeros((rows, cols))
    for state in marked:
        cells[divmod(int(state), cols)] = 1.0
    fig = Figure(figsize=(0.55 * cols + 1.0, 0.55 * rows + 0.9), layout="constrained")
    ax = fig.subplots()
    ax.imshow(cells, cmap="Greys", vmin=0, vmax=1.6)
    _grid_axes(shape, ax)
    offsets = (
        np.linspace(-0.12, 0.12, len(paths)) if len(paths) > 1 else [0.0]
    )  # overlapping paths stay visible
    for offset, (label, path) in zip(offsets, paths.items(), strict=True):
        states = np.asarray(path, dtype=int)
        if states.ndim != 1 or len(states) == 0:
            raise ValueError(f"Expected path {label!r} as a list of states. Received: {path!r}")
        r, c = np.divmod(states, cols)
        ax.plot(c + offset, r + offset, marker="o", markersize=3, lw=2, label=label)
    for state, text in (labels or {}).items():
        row, col = divmod(int(state), cols)
        ax.text(col, row, text, ha="center", va="center", fontsize=10, weight="bold")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.02), ncol=len(paths), frameon=False)
    if title:
        ax.set_title(title)
    return fig


def labelled_points(
    x: Sequence[float],
    y: Sequence[float],
    labels: Sequence[str],
    *,
    xlabel: str,
    ylabel: str,
    title: str = "",
    log_x: bool = False,
) -> Figure:
    """One marker per item at (x, y) with its label beside it: models by size and score."""
    xs, ys = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if not (xs.ndim == ys.ndim == 1 and len(xs) == len(ys) == len(labels)):
        raise ValueError(
            "Expected x, y and labels of one equal length. "
            f"Received: {len(xs)} x, {len(ys)} y, {len(labels)} labels"
        )
    fig = Figure(figsize=(5.5, 4), layout="constrained")
    ax = fig.subplots()
    for i, label in enumerate(labels):
        ax.plot(xs[i], ys[i], "o", color=f"C{i % 10}", markersize=8)
        ax.annotate(str(label), (xs[i], ys[i]), textcoords="offset points", xytext=(6, 4))
    if log_x:
        ax.set_xscale("log")
    ax.margins(0.15)
    ax.grid(alpha=0.3)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    return fig


def tree(children: Mapping[str, Sequence[str]], root: str, *, title: str = "") -> Figure:
    """A top-down tree: `root`, then `children[root]`, then their children, one row per
    level, each leaf given an equal share of the width and each parent centred above."""
    positions: dict[str, tuple[float, int]] = {}
    leaves = 0
    depth = 0

    def place(node: str, level: int, path: tuple[str, ...]) -> float:
        nonlocal leaves, depth
        if node in path:
            raise ValueError(f"Expected a tree. Received: a cycle through {node!r}")
        depth = max(depth, level)
        kids = [place(k, level + 1, (*path, node)) for k in children.get(node, ())]
        if kids:
            x = (kids[0] + kids[-1]) / 2
        else:
            x, leaves = float(leaves), leaves + 1
        positions[node] = (x, level)
        return x

    place(root, 0, ())
    fig = Figure(figsize=(max(6.0, 1.9 * leaves), 1.6 * (depth + 1)), layout="constrained")
    ax = fig.subplots()
    for parent, kids in children.items():
        if parent not in positions:
            continue
        px, plevel = positions[parent]
        for kid in kids:
            kx, klevel = positions[kid]
            ax.plot([px, kx], [-plevel, -klevel], color="0.6", lw=1, zorder=1)
    for node, (x, level) in positions.items():
        ax.annotate(
            node,
            (x, -level),
            ha="center",
            va="center",
            fontsize=8,
            bbox={"boxstyle": "round", "facecolor": f"C{min(level, 9)}", "alpha": 0.25},
            zorder=2,
        )
    ax.set_xlim(-0.7, max(leaves - 0.3, 0.7))
    ax.set_ylim(-depth - 0.6, 0.6)
    ax.set_axis_off()
    ax.set_title(title)
    return fig
