"""Named SPARQL queries (``*.rq``), run with ``kg query --name NAME``; see :mod:`kg.store.named`."""
