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
            0.5, or (m, k) reduced by argmax.
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
