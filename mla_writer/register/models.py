"""The register's tables (SQLAlchemy 2). The schema itself is made by the Alembic migrations in
`migrations/versions`; a change here needs a new migration there."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Request(Base):
    """One request, incoming or outgoing. Everything but the reference is purged with it."""

    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("direction", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    direction: Mapped[str] = mapped_column(String(16), index=True)
    reference: Mapped[str] = mapped_column(String(200))  # ours
    their_reference: Mapped[str | None] = mapped_column(String(200))
    requesting_state: Mapped[str | None] = mapped_column(String(8), index=True)
    requested_state: Mapped[str | None] = mapped_column(String(8), index=True)
    requesting_authority: Mapped[str | None] = mapped_column(Text)
    requested_authority: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    channel: Mapped[str | None] = mapped_column(String(100))
    kinds: Mapped[str] = mapped_column(Text, default="")  # ",witness_statement,freezing,"
    offences: Mapped[str] = mapped_column(Text, default="")  # one per line
    instruments: Mapped[str] = mapped_column(Text, default="")  # ",BUDAPEST,UNTOC,"
    person_in_charge: Mapped[str | None] = mapped_column(String(200), index=True)
    status: Mapped[str] = mapped_column(String(40), index=True)
    status_date: Mapped[dt.date | None] = mapped_column(Date)
    dated: Mapped[dt.date | None] = mapped_column(Date)  # sent (outgoing) or received (incoming)
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date)
    executed_on: Mapped[dt.date | None] = mapped_column(Date)
    closed_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    refusal_grounds: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    # Optimistic locking (migration 0002): an UPDATE names the version it read; a writer who
    # read an older one is refused instead of overwriting the other's change.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="Deadline.due"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="Document.id"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="Note.id"
    )

    __mapper_args__ = {"version_id_col": version}

    def kind_list(self) -> list[str]:
        return [k for k in self.kinds.split(",") if k]

    def instrument_list(self) -> list[str]:
        return [k for k in self.instruments.split(",") if k]


class Deadline(Base):
    __tablename__ = "deadlines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    due: Mapped[dt.date] = mapped_column(Date, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    rule: Mapped[str | None] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(default=False)

    request: Mapped[Request] = relationship(back_populates="deadlines")


class Document(Base):
    """A file of the request, known by its content hash; a check report is kept in the register."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("request_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(60))
    path: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    request: Mapped[Request] = relationship(back_populates="documents")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)

    request: Mapped[Request] = relationship(back_populates="notes")


class Link(Base):
    """A request linked to another: supplementary, follow-up, a reply to a request for more."""

    __tablename__ = "links"
    __table_args__ = (UniqueConstraint("from_id", "to_id", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    to_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(60))


class Event(Base):
    """The audit trail: who did what, when. No personal data: a status, a field's name, a kind.

    Events outlive a purge (they name the reference only); no command edits or deletes them.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("requests.id", ondelete="SET NULL"), index=True
    )
    reference: Mapped[str] = mapped_column(String(200))
    direction: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    by: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
