"""kg.export.layout: positions computed once in Python, fast enough for 5,000 actors."""
from __future__ import annotations

import math
import statistics

import networkx as nx
import pytest
from kg.export.layout import EXACT_MAX_NODES, force_layout


def distance(a, b) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


def two_clusters(size: int) -> nx.MultiDiGraph:
    """Two dense random clusters joined by a single edge."""
    left = nx.gnm_random_graph(size, 4 * size, seed=1)
    right = nx.relabel_nodes(nx.gnm_random_graph(size, 4 * size, seed=2), lambda i: i + size)
    g = nx.MultiDiGraph(nx.compose(left, right))
    g.add_edge(0, size)
    return g


def test_small_cases():
    assert force_layout(nx.MultiDiGraph()) == {}
    assert force_layout(nx.path_graph(1)) == {0: (0.0, 0.0)}
    pos = force_layout(nx.path_graph(2))
    assert distance(pos[0], pos[1]) > 50
    apart = nx.MultiDiGraph()
    apart.add_nodes_from(["a", "b", "c"])  # no edges at all
    pos = force_layout(apart)
    assert all(50 < distance(pos[u], pos[v]) < 1000 for u, v in (("a", "b"), ("b", "c"), ("a", "c")))


def test_deterministic_and_independent_of_insertion_order():
    g = nx.MultiDiGraph(nx.les_miserables_graph())
    first = force_layout(g)
    assert force_layout(g) == first
    shuffled = nx.MultiDiGraph()
    shuffled.add_nodes_from(reversed(list(g.nodes)))
    shuffled.add_edges_from(reversed(list(g.edges(keys=True))))
    assert force_layout(shuffled) == first
    assert force_layout(g, seed=8) != first


def test_every_node_gets_a_distinct_finite_position_around_the_origin():
    g = nx.MultiDiGraph(nx.les_miserables_graph())
    pos = force_layout(g)
    assert set(pos) == set(g.nodes)
    assert all(math.isfinite(c) for p in pos.values() for c in p)
    assert len(set(pos.values())) == len(pos)
    assert abs(statistics.mean(p[0] for p in pos.values())) < 1
    assert abs(statistics.mean(p[1] for p in pos.values())) < 1


def test_median_edge_length_is_the_requested_one():
    g = nx.MultiDiGraph(nx.les_miserables_graph())
    pos = force_layout(g, edge_length=100)
    median = statistics.median(distance(pos[u], pos[v]) for u, v in g.edges())
    assert 90 < median < 110


@pytest.mark.parametrize("size", [60, EXACT_MAX_NODES])  # exact repulsion; grid (2 × size nodes)
def test_clusters_stay_apart(size):
    g = two_clusters(size)
    pos = force_layout(g)
    centre = [tuple(statistics.mean(pos[n][axis] for n in part) for axis in (0, 1))
              for part in (range(size), range(size, 2 * size))]
    spread = statistics.mean(distance(pos[n], centre[n >= size]) for n in g.nodes)
    assert distance(*centre) > 2 * spread


def test_linked_actors_end_up_closer_than_unlinked_ones():
    g = nx.MultiDiGraph(nx.barabasi_albert_graph(800, 2, seed=3))  # grid repulsion
    pos = force_layout(g)
    linked = statistics.mean(distance(pos[u], pos[v]) for u, v in g.edges())
    nodes = sorted(g.nodes)
    unlinked = statistics.mean(distance(pos[a], pos[b]) for a, b in zip(nodes, reversed(nodes)))
    assert linked < 0.6 * unlinked
    assert len(set(pos.values())) == len(pos)


def test_small_disconnected_groups_stay_near_the_rest():
    g = nx.MultiDiGraph(nx.barabasi_albert_graph(100, 2, seed=4))
    for i in range(30):
        g.add_edge(f"pair{i}a", f"pair{i}b")
    pos = force_layout(g, edge_length=100)
    radius = max(math.hypot(*p) for p in pos.values())
    core = max(math.hypot(*pos[n]) for n in range(100))
    assert radius < 3 * core
