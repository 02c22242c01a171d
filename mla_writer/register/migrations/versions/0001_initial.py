"""The first register: requests, deadlines, documents, notes, links and the audit trail.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_requests()
    _create_deadlines()
    _create_documents()
    _create_notes()
    _create_links()
    _create_events()


def _create_requests() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("direction", sa.String(16), nullable=False, index=True),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("their_reference", sa.String(200)),
        sa.Column("requesting_state", sa.String(8), index=True),
        sa.Column("requested_state", sa.String(8), index=True),
        sa.Column("requesting_authority", sa.Text),
        sa.Column("requested_authority", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("channel", sa.String(100)),
        sa.Column("kinds", sa.Text, nullable=False),
        sa.Column("offences", sa.Text, nullable=False),
        sa.Column("instruments", sa.Text, nullable=False),
        sa.Column("person_in_charge", sa.String(200), index=True),
        sa.Column("status", sa.String(40), nullable=False, index=True),
        sa.Column("status_date", sa.Date),
        sa.Column("dated", sa.Date),
        sa.Column("acknowledged_on", sa.Date),
        sa.Column("executed_on", sa.Date),
        sa.Column("closed_on", sa.Date, index=True),
        sa.Column("refusal_grounds", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("direction", "reference"),
    )


def _create_deadlines() -> None:
    op.create_table(
        "deadlines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("due", sa.Date, nullable=False, index=True),
        sa.Column("reason", sa.Text),
        sa.Column("rule", sa.Text),
        sa.Column("done", sa.Boolean, nullable=False),
    )


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("path", sa.Text),
        sa.Column("sha256", sa.String(64), nullable=False, index=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("request_id", "sha256"),
    )


def _create_notes() -> None:
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )


def _create_links() -> None:
    op.create_table(
        "links",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "from_id", sa.Integer, sa.ForeignKey("requests.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "to_id", sa.Integer, sa.ForeignKey("requests.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.UniqueConstraint("from_id", "to_id", "kind"),
    )


def _create_events() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "request_id",
            sa.Integer,
            sa.ForeignKey("requests.id", ondelete="SET NULL"),
            index=True,
        ),
        sa.Column("reference", sa.String(200), nullable=False),
        sa.Column("direction", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("detail", sa.JSON, nullable=False),
    )


def downgrade() -> None:
    for table in ("events", "links", "notes", "documents", "deadlines", "requests"):
        op.drop_table(table)
