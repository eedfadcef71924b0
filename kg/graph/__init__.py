"""The merged knowledge graph and its RDF and NetworkX views."""
from kg.graph.model import ActorNode, Edge, KnowledgeGraph

__all__ = ["ActorNode", "Edge", "KnowledgeGraph"]
