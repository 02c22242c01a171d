"""The register of requests: every incoming and outgoing request, its status, deadlines,
documents and history, on SQLite (one user) or PostgreSQL (a shared office register).

Only the `mla register` commands and `--register` import this package's database modules
(SQLAlchemy, Alembic and the drivers), so that `mla --help` and `mla check` do not load them.
"""
