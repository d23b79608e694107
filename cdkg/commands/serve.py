"""`cdkg serve`: the SPARQL endpoint under gunicorn."""

from __future__ import annotations

from pathlib import Path

import click

from cdkg.cli import settings_of


@click.command()
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=click.IntRange(1, 65535), help="Port to listen on, 1-65535 (default 8000).")
@click.option("--kg", type=click.Path(dir_okay=False, path_type=Path), help="Graph file to serve (default data/kg.ttl, built if missing).")
@click.option("--store", type=str, help="On-disk Oxigraph store folder (created from --kg if missing), or a remote SPARQL store sparql+http://HOST:PORT/PATH; served read-only.")
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Query timeout in seconds (default 30).")
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default 2).")
@click.option("--update-token-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Accept SPARQL Update at POST /update with 'Authorization: Bearer TOKEN', TOKEN being the "
                   "file's first line (or set CDKG_UPDATE_TOKEN; a token on the command line would show in `ps`).")
@click.option("--update-token", hidden=True, help="Refused: use --update-token-file or CDKG_UPDATE_TOKEN.")
@click.pass_context
def serve(ctx: click.Context, update_token: str | None, **flags: object) -> None:
    """Serve the graph over the SPARQL 1.1 Protocol, read-only unless an update token is set.

    Example: cdkg serve --port 8000, then
    curl -H 'Accept: text/csv' http://127.0.0.1:8000/queries/states-with-nato-cyber-mous
    """
    from cdkg.server.gunicorn_app import run_server

    if update_token is not None:
        raise click.UsageError("a token on the command line is visible to every user in `ps`; "
                               "set CDKG_UPDATE_TOKEN or pass --update-token-file FILE")
    values = {k: (str(v) if k in ("store", "update_token_file") and v else v) for k, v in flags.items()}
    run_server(settings_of(ctx, **values), build_missing=flags["kg"] is None)
