"""Progress storage: SQLAlchemy models, engine set-up, migrations, backups (no Qt)."""
