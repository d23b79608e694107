"""`cdkg push`: load the built graph into a remote SPARQL store (Virtuoso, GraphDB, Fuseki…)."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of
from cdkg.errors import ConfigError


@click.command()
@click.option("--store", "store_url", help="SPARQL endpoint that accepts updates, sparql+http://HOST:PORT/PATH (default: CDKG_STORE).")
@click.option("--graph", "graph_iri", help="Graph to replace (default: the URL's ?graph= or https://w3id.org/cdkg/graph).")
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file to push (default data/kg.ttl).")
@click.option("--graph-store", "graph_store_url", help="Graph Store Protocol endpoint for the batches (faster), e.g. http://HOST:8890/sparql-graph-crud-auth.")
@click.option("--batch-size", type=click.IntRange(min=1), help="Triples per request (default 1000 by update, 50000 by Graph Store Protocol).")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds allowed per request.")
@click.pass_context
def push(ctx: click.Context, store_url: str | None, graph_iri: str | None, kg: Path | None,
         graph_store_url: str | None, batch_size: int | None, timeout: float) -> None:
    """Replace a named graph of a remote store with the built graph; safe to repeat.

    Credentials come from CDKG_STORE_USER / CDKG_STORE_PASSWORD (CDKG_STORE_AUTH=digest for
    Virtuoso) or CDKG_STORE_TOKEN. Example, for a Virtuoso on port 8890:

    CDKG_STORE_USER=dba CDKG_STORE_PASSWORD=… CDKG_STORE_AUTH=digest cdkg push --store sparql+http://127.0.0.1:8890/sparql-auth --graph-store http://127.0.0.1:8890/sparql-graph-crud-auth
    """
    from cdkg.push import push_graph

    settings = settings_of(ctx, kg=kg)
    target = store_url or settings.store
    if not target:
        raise ConfigError("name the store: cdkg push --store sparql+http://HOST:PORT/PATH (or set CDKG_STORE)")
    report = push_graph(settings.path("kg"), target, graph_iri, graph_store_url=graph_store_url,
                        batch_size=batch_size, timeout=timeout)
    click.echo(report.summary())
