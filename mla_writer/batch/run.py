"""`run`: discover the cases, plan their letters, render them into the output folder and report
each outcome.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

from mla_writer.batch.discovery import Inputs, discover
from mla_writer.batch.lock import FolderLock
from mla_writer.batch.manifest import Manifest, remove_temporary_files
from mla_writer.batch.outcomes import Listener, Options, Outcome, Result, Summary, Task
from mla_writer.batch.planning import Planner, source_key, up_to_date
from mla_writer.batch.pool import default_jobs, render_all
from mla_writer.errors import MlaError
from mla_writer.i18n import LetterTranslator, _
from mla_writer.interrupts import stop_if_requested
from mla_writer.render import UnknownLetterLanguageError


def check_language(language: str | None) -> None:
    """Refuse, before any work, a letter language without a catalog."""
    if language is None:
        return
    wanted = language.replace("-", "_").split("_")[0].lower()
    try:
        LetterTranslator(wanted)
    except LookupError:
        raise UnknownLetterLanguageError(wanted) from None


def run(
    arguments: Sequence[str | Path],
    output_folder: Path,
    *,
    options: Options | None = None,
    jobs: int | None = None,
    on_start: Callable[[int], None] | None = None,
    on_result: Listener | None = None,
) -> Summary:
    """Render every case named by `arguments` into `output_folder`; report each outcome.

    `on_start(total)` is called once the inputs are known, `on_result(result)` once per input,
    in the order outcomes arrive.
    """
    options = options or Options()
    check_language(options.language)
    jobs = jobs or default_jobs()
    inputs = discover(arguments)
    summary = Summary(ignored=inputs.ignored)
    total = len(inputs.files) + len(inputs.problems)

    def report(result: Result) -> None:
        summary.results.append(result)
        if on_result:
            on_result(result)

    if not inputs.files:
        if on_start:
            on_start(total)
        for problem in inputs.problems:
            report(problem)
        return summary
    try:
        output_folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MlaError(
            _("The output folder %(path)s cannot be created: %(error)s.")
            % {"path": output_folder, "error": error.strerror or error}
        ) from None
    with ExitStack() as stack:
        lock = stack.enter_context(FolderLock(output_folder))  # before anything is written
        if on_start:
            on_start(total)
        for problem in inputs.problems:
            report(problem)
        manifest = Manifest(output_folder)
        stack.callback(manifest.close_journal)
        _render_into(output_folder, inputs, options, jobs, manifest, lock, report)
    summary.results.sort(key=_input_order(inputs))  # stable: problems stay in their order
    return summary


def _render_into(
    folder: Path,
    inputs: Inputs,
    options: Options,
    jobs: int,
    manifest: Manifest,
    lock: FolderLock,
    report: Listener,
) -> None:
    """Plan and render the cases into a folder this run holds; keep the manifest up to date."""
    remove_temporary_files(folder, manifest)  # what a killed run was writing
    planner = Planner(folder, manifest)
    tasks: list[Task] = []
    claims: dict[Path, str] = {}
    for case in inputs.files:
        task = Task(case, folder / planner.name_for(case), options)
        if not options.force and up_to_date(task, manifest):
            report(Result(case, Outcome.SKIPPED, task.output))
            continue
        tasks.append(task)
        if manifest.owner(task.output.name) != source_key(case):
            claims[case] = task.output.name
    manifest.claim([(name, source_key(case)) for case, name in claims.items()])

    def remember(result: Result) -> None:
        if result.outcome is Outcome.RENDERED and result.output is not None:
            manifest.record(result.output.name, source_key(result.input), options)
        elif result.input in claims and not (folder / claims[result.input]).exists():
            manifest.release(claims[result.input])  # no letter: the name is free again

    # A forked worker must not keep the folder locked (nor the journal open) after this
    # process is gone: it closes its copies of them.
    inherited = tuple(fd for fd in (lock.descriptor, manifest.journal) if fd is not None)
    results = render_all(tasks, jobs, salvage=remember, inherited=inherited)
    try:
        for result in results:
            remember(result)
            report(result)
            stop_if_requested()  # a stop signal only records the request: it stops the run here
    finally:
        results.close()  # on Ctrl-C: let the workers finish the letters they are writing
        if manifest.changed:
            manifest.save()
        remove_temporary_files(folder, manifest)  # a worker stopped mid-letter leaves one


def _input_order(inputs: Inputs) -> Callable[[Result], int]:
    """Results come back in any order; the report lists them in input order."""
    position = {str(path): index for index, path in enumerate(inputs.files)}
    last = len(position)
    return lambda result: position.get(str(result.input), last)
