"""Alembic migrations of the progress database, run in code by ``trainer.store.migrate``."""
