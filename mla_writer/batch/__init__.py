"""`mla batch`: turn a folder of case files into letters, unattended.

Every input ends as exactly one outcome: rendered, skipped (its letter is up to date), incomplete
(with its gaps) or invalid (with its error). One bad file never stops the others.

The work is in three steps, all callable without a terminal:
- `discover` turns files, folders (recursive) and globs into an ordered list of case files;
- `plan` gives each case its letter's name (from its reference, safe on every file system, never
  shared with another case) and decides which letters are already up to date;
- `run` renders the rest, in a pool of worker processes, and reports each outcome as it comes.

The output folder keeps a small manifest (`.mla-batch.json`) saying which case each letter was
made from, so that re-runs keep every case's name, skip what is up to date, and never take another
case's letter for this one's. During a run, every change to it is first appended to a journal
(`.mla-batch.journal`, one JSON line per letter), so that a run killed at any point leaves the
folder in a state the next run understands; the next run folds the journal back into the manifest.
A folder belongs to one run at a time (`.mla-batch.lock`).

The modules, by concern: `outcomes` (options, tasks, results), `discovery`, `planning` (names,
up to date), `manifest` (and its journal), `lock`, `worker` (one case, through the application
layer's `render_file`), `pool`, `run`, `report_file` and `display`.
"""

from mla_writer.batch.discovery import CASE_FILE_SUFFIXES, Inputs, discover
from mla_writer.batch.display import (
    PlainDisplay,
    RichDisplay,
    ignored_line,
    next_step_line,
    result_lines,
    summary_line,
)
from mla_writer.batch.lock import LOCK_NAME, FolderInUseError, FolderLock
from mla_writer.batch.manifest import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    MANIFEST_VERSION,
    Manifest,
    remove_temporary_files,
)
from mla_writer.batch.outcomes import (
    Gap,
    Listener,
    Options,
    Outcome,
    Result,
    Summary,
    Task,
    outcome_label,
)
from mla_writer.batch.planning import (
    LETTER_SUFFIX,
    MAX_STEM_BYTES,
    Planner,
    case_reference,
    safe_name,
    up_to_date,
)
from mla_writer.batch.pool import default_jobs
from mla_writer.batch.report_file import (
    REPORT_COLUMNS,
    REPORT_SUFFIXES,
    check_report_path,
    report_text,
    write_report,
)
from mla_writer.batch.run import check_language, run
from mla_writer.batch.worker import render_case

__all__ = [
    "CASE_FILE_SUFFIXES",
    "JOURNAL_NAME",
    "LETTER_SUFFIX",
    "LOCK_NAME",
    "MANIFEST_NAME",
    "MANIFEST_VERSION",
    "MAX_STEM_BYTES",
    "REPORT_COLUMNS",
    "REPORT_SUFFIXES",
    "FolderInUseError",
    "FolderLock",
    "Gap",
    "Inputs",
    "Listener",
    "Manifest",
    "Options",
    "Outcome",
    "PlainDisplay",
    "Planner",
    "Result",
    "RichDisplay",
    "Summary",
    "Task",
    "case_reference",
    "check_language",
    "check_report_path",
    "default_jobs",
    "discover",
    "ignored_line",
    "next_step_line",
    "outcome_label",
    "remove_temporary_files",
    "render_case",
    "report_text",
    "result_lines",
    "run",
    "safe_name",
    "summary_line",
    "up_to_date",
    "write_report",
]
