"""Alembic environment: always runs on the connection handed over in ``config.attributes``.

Trainer never runs Alembic from the command line; ``trainer.store.migrate`` builds
the configuration in code and passes an open connection.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from trainer.store.models import Base


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("Trainer migrations need a connection in config.attributes")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
