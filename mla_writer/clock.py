"""The date mla-writer takes as today: the system's, or MLA_TODAY for reproducible reports."""

from __future__ import annotations

import datetime as dt
import os

from mla_writer.errors import MlaError
from mla_writer.i18n import _
from mla_writer.terminal_text import visible


def check_date() -> dt.date:
    """The date rules compare deadlines with: today, or MLA_TODAY (YYYY-MM-DD) for reproducible
    reports, e.g. to re-check a request as it stood on the day it was sent."""
    fixed = os.environ.get("MLA_TODAY")
    if not fixed:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(fixed.strip())
    except ValueError:
        raise MlaError(
            _(
                "MLA_TODAY is set to “%(value)s”, which is not a date: write it as YYYY-MM-DD "
                "(e.g. 2026-12-06), or unset it to use today's date."
            )
            % {"value": visible(fixed[:40])}
        ) from None
