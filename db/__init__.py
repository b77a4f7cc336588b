"""Persistence: tables, engine, migrations, full-text index."""
