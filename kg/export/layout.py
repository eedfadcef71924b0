"""Node positions for the graph page, computed once in Python so the browser runs no physics.

A force-directed layout in the style of ForceAtlas2: every actor has a mass of 1 + its
number of neighbours; actors repel in proportion to the product of their masses over their
distance, linked actors attract in proportion to their distance, and a weak pull towards
the centre keeps small disconnected groups near the rest. A step limit that cools down over
the iterations lets the picture settle. Hubs push each other apart and keep their one-off
partners in a ring around them, which suits news graphs (a few countries, many actors
mentioned once). Only numpy is needed.

Repulsion between all pairs is exact for small graphs (O(n²) per step). For larger graphs
it is computed on a grid ("particle-mesh", as in N-body simulations): masses are spread onto
a grid over the graph, the grid is convolved with the repulsion kernel by FFT and the force
read back at each actor, so a step costs O(n + G² log G). The grid starts coarse while
actors still travel far and is refined as they settle. A last pass spreads out actors that
ended up on top of each other (the grid cannot tell them apart).

>>> import networkx as nx
>>> pos = force_layout(nx.path_graph(3))
>>> sorted(pos), all(len(p) == 2 for p in pos.values())
([0, 1, 2], True)
"""
from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np

__all__ = ["force_layout"]

#: Up to this many nodes repulsion is exact; above, it is computed on a grid.
EXACT_MAX_NODES = 500
#: Median length of an edge in the output, in vis-network pixels, for large graphs; small
#: graphs get longer edges (up to about twice as long), as there is room for their labels.
EDGE_LENGTH = 110.0
#: Minimum average room per actor in the output, in pixels: in dense graphs, where edges
#: are long whatever the layout, this sets the scale instead of the edge length.
SPACING = 80.0
#: Pull towards the centre, per unit of mass and distance.
GRAVITY = 0.05
#: Actors closer than this (in output pixels) after the last step are spread apart.
MIN_DISTANCE = 24.0


def force_layout(graph: nx.Graph, *, seed: int = 7, iterations: int | None = None,
                 edge_length: float | None = None) -> dict[Hashable, tuple[float, float]]:
    """Positions ``{node: (x, y)}`` for every node of ``graph``, centred on (0, 0), in
    pixels: edges are at least ``edge_length`` long (median; default: see
    :data:`EDGE_LENGTH`) and actors have at least :data:`SPACING` of room on average.

    Deterministic for a given graph and ``seed`` whatever the insertion order (nodes are
    ordered by ``str``). Edge direction, keys and parallel edges are ignored.
    """
    nodes = sorted(graph.nodes, key=str)
    n = len(nodes)
    if n == 0:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in graph.edges() if u != v}
    links = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    mass = 1.0 + np.bincount(links.ravel(), minlength=n)

    side = np.sqrt(mass.sum())
    pos = np.random.default_rng(seed).uniform(-side / 2, side / 2, size=(n, 2))
    steps = iterations if iterations is not None else (300 if n <= EXACT_MAX_NODES else 200)
    for step in range(steps):
        progress = step / steps
        if n <= EXACT_MAX_NODES:
            repulsion = _exact_repulsion(pos, mass)
        else:
            repulsion = _grid_repulsion(pos, mass, 64 if progress < 0.5 else 128 if progress < 0.75 else 256)
        force = mass[:, None] * (repulsion - GRAVITY * pos)
        delta = pos[links[:, 0]] - pos[links[:, 1]]
        for axis in (0, 1):
            force[:, axis] += np.bincount(links[:, 1], delta[:, axis], minlength=n)
            force[:, axis] -= np.bincount(links[:, 0], delta[:, axis], minlength=n)
        force /= mass[:, None]  # heavy actors move slowly
        length = np.maximum(np.hypot(force[:, 0], force[:, 1]), 1e-9)
        limit = 0.1 * side * (1.0 - progress) + 0.01
        pos += force * (np.minimum(length, limit) / length)[:, None]

    if edge_length is None:
        edge_length = max(EDGE_LENGTH, 2.4 * EDGE_LENGTH - 0.5 * EDGE_LENGTH * np.log10(n))
    pos -= pos.mean(axis=0)
    radius = float(np.percentile(np.hypot(pos[:, 0], pos[:, 1]), 90))
    spacing = radius * np.sqrt(np.pi / (0.9 * n))  # side of the square each actor has to itself
    scale = SPACING / max(spacing, 1e-9)
    if len(links):
        lengths = np.hypot(*(pos[links[:, 0]] - pos[links[:, 1]]).T)
        scale = max(scale, edge_length / max(float(np.median(lengths)), 1e-9))
    pos = _spread_overlaps(pos * scale, MIN_DISTANCE)
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos)}


def _exact_repulsion(pos: np.ndarray, mass: np.ndarray) -> np.ndarray:
    """Σ_j m_j (p_i - p_j) / |p_i - p_j|² for every i, pair by pair."""
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    scale = mass[None, :] / np.maximum(dx * dx + dy * dy, 1e-4)
    return np.stack([(dx * scale).sum(axis=1), (dy * scale).sum(axis=1)], axis=1)


def _grid_repulsion(pos: np.ndarray, mass: np.ndarray, size: int) -> np.ndarray:
    """The same sum, approximated on a ``size`` × ``size`` grid.

    Each actor's mass is shared bilinearly between the four grid points around it
    (cloud-in-cell); the field is the grid convolved with the kernel d/|d|²; it is read back
    with the same weights, which makes an actor's force on itself exactly zero.
    """
    low = pos.min(axis=0)
    cell = max(float((pos.max(axis=0) - low).max()), 1e-9) / (size - 1)
    grid = (pos - low) / cell
    corner = np.minimum(grid.astype(np.int64), size - 2)
    frac = grid - corner
    points, weights = [], []
    for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
        points.append((corner[:, 0] + dx) * size + corner[:, 1] + dy)
        weights.append((frac[:, 0] if dx else 1 - frac[:, 0]) * (frac[:, 1] if dy else 1 - frac[:, 1]))
    density = sum(np.bincount(p, w * mass, minlength=size * size) for p, w in zip(points, weights))
    padded = np.zeros((2 * size, 2 * size))
    padded[:size, :size] = density.reshape(size, size)
    spectrum = np.fft.rfft2(padded)
    force = np.empty_like(pos)
    for axis, kernel in enumerate(_kernels(size)):
        field = np.fft.irfft2(spectrum * kernel, s=padded.shape)[:size, :size].ravel()
        force[:, axis] = sum(field[p] * w for p, w in zip(points, weights))
    return force / cell  # distances were counted in cells


_KERNELS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _kernels(size: int) -> tuple[np.ndarray, np.ndarray]:
    """FFTs of the x and y parts of d/|d|² on a (2·size)² wrap-around grid, softened below a cell."""
    if size not in _KERNELS:
        offsets = np.fft.fftfreq(2 * size, 1.0 / (2 * size))  # 0, 1, ..., size - 1, -size, ..., -1
        dx, dy = np.meshgrid(offsets, offsets, indexing="ij")
        dist2 = dx * dx + dy * dy + 0.5
        _KERNELS[size] = (np.fft.rfft2(dx / dist2), np.fft.rfft2(dy / dist2))
    return _KERNELS[size]


def _spread_overlaps(pos: np.ndarray, distance: float) -> np.ndarray:
    """Actors sharing a ``distance`` × ``distance`` square are put on a circle around their centre."""
    keys = np.floor(pos / distance).astype(np.int64)
    _, group, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    group = group.ravel()
    order = np.argsort(group, kind="stable")
    first = np.concatenate(([0], np.cumsum(counts)[:-1]))
    rank = np.empty(len(pos), dtype=np.int64)
    rank[order] = np.arange(len(pos)) - first[group[order]]
    size = counts[group]
    crowded = size > 1
    centre = np.stack([np.bincount(group, pos[:, axis]) / counts for axis in (0, 1)], axis=1)[group]
    angle = 2 * np.pi * rank / size
    radius = distance * np.sqrt(size) / 2
    spread = centre + radius[:, None] * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    return np.where(crowded[:, None], spread, pos)
