"""The local store: typed SQLAlchemy models, opening and migrating the database, queries, backups."""
