"""spaCy side of the pipeline: model loading and the project's pipeline components."""
