"""`cdkg serve`: the SPARQL endpoint under gunicorn."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of


@click.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, help="Port to listen on (default 8000).")
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file to serve (default data/kg.ttl, built if missing).")
@click.option("--store", type=str, help="On-disk Oxigraph store folder (created from --kg if missing), or a remote SPARQL store sparql+http://HOST:PORT/PATH; served read-only.")
@click.option("--timeout", type=float, help="Query timeout in seconds (default 30).")
@click.option("--workers", type=int, help="Worker processes (default 2); each runs one query at a time.")
@click.option("--update-token", help="Accept SPARQL Update at POST /update with 'Authorization: Bearer TOKEN'.")
@click.pass_context
def serve(ctx: click.Context, **flags: object) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol, read-only unless an update token is given.

    Example: cdkg serve --port 8000, then
    curl -H 'Accept: text/csv' http://127.0.0.1:8000/queries/states-with-nato-cyber-mous
    """
    from cdkg.server.gunicorn_app import run_server

    settings = settings_of(ctx, **{k: (str(v) if k == "store" and v else v) for k, v in flags.items()})
    run_server(settings)
