"""Where the register lives and how it is opened: the URL, the engine, the schema's version.

SQLite by default, in the platform's data folder (file readable by its owner only); PostgreSQL
when the user names a server with `--db` or MLA_DATABASE_URL. Nothing else is accepted, and a
URL's password is never printed. This is the only module that connects to a network (PostgreSQL).
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mla_writer.errors import EnvironmentProblem, MlaError
from mla_writer.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Engine
    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Executable

APP_NAME = "mla-writer"
DATABASE_FILE = "register.sqlite3"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration; a test holds it equal to Alembic's head. Opening an up-to-date register
# then reads one row instead of loading Alembic and every migration script (start-up of `due`).
HEAD = "0002"


class RegisterError(MlaError):
    """The register cannot be opened or refused an operation."""


def data_dir() -> Path:
    """MLA_DATA_DIR, else the platform's user data folder."""
    override = os.environ.get("MLA_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class Location:
    url: URL
    sqlite_file: Path | None

    @property
    def shown(self) -> str:
        """The URL as it may be printed: without its password."""
        if self.sqlite_file is not None:
            return str(self.sqlite_file)
        return self.url.render_as_string(hide_password=True)


def locate(db: str | None) -> Location:
    """The register named by --db, MLA_DATABASE_URL or the default SQLite file; others refused."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    given = db or os.environ.get("MLA_DATABASE_URL") or ""
    if not given:
        path = data_dir() / DATABASE_FILE
        return Location(make_url("sqlite://").set(database=str(path)), path)
    if "://" not in given:  # a plain file name: a SQLite register there
        path = Path(given).expanduser()
        return Location(make_url("sqlite://").set(database=str(path)), path)
    refused = _(
        "The register must be a SQLite file (a file name, or sqlite:///path/register.sqlite3) "
        "or a PostgreSQL server (postgresql+psycopg://user@host/database); “%(url)s” is "
        "neither. Nothing was opened."
    )
    try:
        url = make_url(given)
    except ArgumentError:
        raise RegisterError(refused % {"url": _hide_password(given)}) from None
    backend, _plus, driver = url.drivername.partition("+")
    if backend == "sqlite" and driver in ("", "pysqlite"):
        if not url.database or url.database == ":memory:" or url.query:
            raise RegisterError(refused % {"url": url.render_as_string(hide_password=True)})
        path = Path(url.database).expanduser()
        return Location(url.set(drivername="sqlite", database=str(path)), path)
    if backend in ("postgresql", "postgres") and driver in ("", "psycopg"):
        return Location(url.set(drivername="postgresql+psycopg"), None)
    raise RegisterError(refused % {"url": url.render_as_string(hide_password=True)})


def _hide_password(text: str) -> str:
    """A URL that SQLAlchemy could not parse, printed without what looks like a password."""
    scheme, sep, rest = text.partition("://")
    if "@" in rest:
        credentials, _at, host = rest.rpartition("@")
        user = credentials.split(":", 1)[0]
        rest = f"{user}:***@{host}" if ":" in credentials else f"{user}@{host}"
    return scheme + sep + rest


def _prepare_sqlite_file(path: Path) -> None:
    """Create the folder and an empty file readable by its owner only before SQLite opens it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(descriptor)
        elif path.is_dir():
            raise RegisterError(
                _("%(path)s is a folder; give the name of the register's file.") % {"path": path}
            )
    except OSError as error:
        raise EnvironmentProblem(error, path) from None


def create_engine_for(location: Location) -> Engine:
    from sqlalchemy import create_engine, event

    if location.sqlite_file is not None:
        _prepare_sqlite_file(location.sqlite_file)
        engine = create_engine(location.url, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection: Any, record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
            cursor.close()

        return engine
    return create_engine(
        location.url,
        hide_parameters=True,  # no personal data in an error's text
        pool_pre_ping=True,
        connect_args={"connect_timeout": 10, "application_name": "mla-writer"},
    )


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Any) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Bring the schema to `revision`; returns the revisions before and after."""
    from alembic import command

    with engine.begin() as connection:
        before = current_revision(connection)
        command.upgrade(_alembic_config(connection), revision)
        after = current_revision(connection)
    return before, after or ""


@dataclass
class Register:
    engine: Engine
    location: Location

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed whole at the end, or not at all."""
        from sqlalchemy.orm import Session

        with translated_errors(self.location), Session(self.engine) as session, session.begin():
            yield session

    def read(self, query: Executable, parameters: Mapping[str, Any]) -> Sequence[Any]:
        """The rows of one read-only query in SQLAlchemy Core, without loading the ORM."""
        with translated_errors(self.location), self.engine.connect() as connection:
            return connection.execute(query, dict(parameters)).all()


def open_register(db: str | None, *, upgrade_schema: bool = False) -> Register:
    """Open the register; a new one gets its schema, an older one must be upgraded first."""
    location = locate(db)
    engine = create_engine_for(location)
    with translated_errors(location):
        with engine.connect() as connection:
            current = _stored_revision(connection)
            if current == HEAD and not upgrade_schema:
                return Register(engine, location)
            tables = _has_tables(connection)
        head = head_revision()
        if current is None and tables:
            raise RegisterError(
                _(
                    "%(db)s holds tables that are not a register of mla-writer; nothing was "
                    "changed. Name another database with --db."
                )
                % {"db": location.shown}
            )
        if current is None or upgrade_schema:
            upgrade(engine)
        elif current != head:
            from alembic.script import ScriptDirectory

            known = {s.revision for s in ScriptDirectory(str(MIGRATIONS)).walk_revisions()}
            if current in known:
                raise RegisterError(
                    _(
                        "The register %(db)s was made by an older version of mla-writer "
                        "(schema %(current)s; this version uses %(head)s). Run `mla register "
                        "upgrade` to bring it up to date (make a backup first); nothing was "
                        "changed."
                    )
                    % {"db": location.shown, "current": current, "head": head}
                )
            raise RegisterError(
                _(
                    "The register %(db)s was made by a newer version of mla-writer (schema "
                    "%(current)s). Update mla-writer to use it; nothing was changed."
                )
                % {"db": location.shown, "current": current}
            )
    return Register(engine, location)


def read_up_to_date_sqlite(
    db: str | None, query: str, parameters: Mapping[str, Any]
) -> list[tuple[Any, ...]] | None:
    """The rows of a read-only query on an up-to-date SQLite register, with sqlite3 alone.

    Importing SQLAlchemy takes longer than `mla register due` may take on 10,000 requests, so
    a register that is an existing SQLite file at this version's schema is read directly, in
    read-only mode: this cannot create, change or migrate anything. None means "use
    open_register": PostgreSQL, a URL this quick look does not parse exactly like `locate`, a
    new, older, newer, busy or damaged register; that path opens, refuses or explains it as for
    every other command.
    """
    path = _plain_sqlite_file(db or os.environ.get("MLA_DATABASE_URL") or "")
    try:
        if path is None or not path.is_file():
            return None
        uri = path.absolute().as_uri() + "?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=10)) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(HEAD,)]:
                return None
            return connection.execute(query, dict(parameters)).fetchall()
    except (sqlite3.Error, OSError, ValueError):
        return None


def _plain_sqlite_file(given: str) -> Path | None:
    """The SQLite file `locate` would find for `given`, when that is certain without SQLAlchemy."""
    if not given:
        return data_dir() / DATABASE_FILE
    if "://" not in given:
        return Path(given).expanduser()
    for prefix in ("sqlite:///", "sqlite+pysqlite:///"):
        if given.startswith(prefix):
            database = given.removeprefix(prefix)
            # Percent-escapes, a query string or an in-memory database: left to locate().
            if database and database != ":memory:" and not set(database) & set("%?"):
                return Path(database).expanduser()
    return None


def _stored_revision(connection: Any) -> str | None:
    """The schema revision recorded in the register, read without loading Alembic."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(connection: Any) -> bool:
    from sqlalchemy import inspect

    return bool(set(inspect(connection).get_table_names()) - {"alembic_version"})


@contextmanager
def translated_errors(location: Location) -> Iterator[None]:
    """Database errors as plain sentences, without SQL, parameters or a password."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    # Only the ORM raises StaleDataError: a Core read (`due`) must not import the ORM to catch it.
    orm_errors = sys.modules.get("sqlalchemy.orm.exc")
    stale: tuple[type[BaseException], ...] = (orm_errors.StaleDataError,) if orm_errors else ()
    try:
        yield
    except stale:
        raise RegisterError(
            _(
                "Someone else changed this request in the register while you were updating it; "
                "your change was not saved, so theirs is not overwritten. Look at it again "
                "(`mla register show`) and repeat your change if it still applies."
            )
        ) from None
    except OperationalError as error:
        if location.sqlite_file is not None and "locked" in str(error.orig).lower():
            text = _(
                "The register %(db)s is busy (another mla command is writing to it); nothing was "
                "changed. Try again in a moment."
            )
        elif location.sqlite_file is not None:
            text = _(
                "The register %(db)s could not be opened as a SQLite database (%(reason)s); "
                "nothing was changed. Check that it is a register made by mla-writer."
            )
        else:
            text = _(
                "Could not use the PostgreSQL register %(db)s (%(reason)s); nothing was changed. "
                "Check that the server runs, the address, the user name and the password."
            )
        raise RegisterError(text % {"db": location.shown, "reason": _reason(error.orig)}) from None
    except DBAPIError as error:
        raise RegisterError(
            _("The register %(db)s refused the operation (%(reason)s); nothing was changed.")
            % {"db": location.shown, "reason": type(error.orig).__name__}
        ) from None


def _reason(error: BaseException | None) -> str:
    """The first line of a driver's message: it names the cause, not the data."""
    if error is None:
        return ""
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return first[:200]
