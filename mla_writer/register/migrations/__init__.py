"""Alembic migrations of the register, shipped inside the package (`mla register upgrade`)."""
