"""Text kept as a message id and parameters, and translated only when it is shown.

A finding of the checklist is shown on several surfaces, each in its own language: the terminal
in the interface language, a draft letter in the letter's language, the JSON report in English
(the msgid itself). So a rule says *what* to tell (`F_("Give the maximum penalty for
%(offence)s.") % {"offence": name}`) and each surface says it with its own translator.

A parameter may itself need translating: another message (a "did you mean" hint, "this
offence"), translated recursively, or a name that has a form in every language (a State, a
language: `Named`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from mla_writer.i18n import SOURCE_LANGUAGE, _, ui_language


class Translator(Protocol):
    """What a surface translates with: gettext for its domain, and its language's code."""

    @property
    def language(self) -> str: ...

    def __call__(self, message: str) -> str: ...


class _English:
    """The source language: what the JSON report shows, whatever the interface language is."""

    language = SOURCE_LANGUAGE

    def __call__(self, message: str) -> str:
        return message


class _Interface:
    """The interface language of the moment (the terminal, text and Markdown reports)."""

    @property
    def language(self) -> str:
        return ui_language()

    def __call__(self, message: str) -> str:
        return _(message)


ENGLISH: Translator = _English()
INTERFACE: Translator = _Interface()


@dataclass(frozen=True)
class Named:
    """A name with a form in every language: a State (`Named("TR", profile.name)`), a language."""

    code: str
    name_in: Callable[[str], str] = field(compare=False, repr=False)

    def shown(self, translator: Translator) -> str:
        return self.name_in(translator.language)


@dataclass(frozen=True)
class Message:
    """A msgid (English, with `%(name)s` placeholders) and the values of its placeholders."""

    msgid: str
    params: tuple[tuple[str, Param], ...] = ()

    def __mod__(self, params: Mapping[str, Param]) -> Message:
        """`F_("... %(code)s ...") % {"code": code}`, as one writes with gettext's `_`."""
        return Message(self.msgid, (*self.params, *params.items()))

    def shown(self, translator: Translator = INTERFACE) -> str:
        """The text in the translator's language, parameters translated the same way."""
        text = translator(self.msgid)
        if not self.params:
            return text
        return text % {name: _shown(value, translator) for name, value in self.params}

    def english(self) -> str:
        return self.shown(ENGLISH)

    def english_params(self) -> dict[str, str | int | float | None]:
        """The parameters as the English text shows them (for the JSON report)."""
        return {name: _shown(value, ENGLISH) for name, value in self.params}

    def __str__(self) -> str:
        return self.shown(INTERFACE)


Param = str | int | float | None | Message | Named
"""A placeholder's value: plain (a number, a code, text from the case) or translatable."""


def _shown(value: Param, translator: Translator) -> str | int | float | None:
    if isinstance(value, Message | Named):
        return value.shown(translator)
    return value


def F_(msgid: str) -> Message:
    """A finding's message: extracted into both domains, since the terminal shows it in the
    interface language and a draft letter in the letter's language (tools/catalogs.py)."""
    return Message(msgid)


def M_(msgid: str) -> Message:
    """An interface message kept for showing later (findings on letters written by others,
    which only the terminal and the reports show): extracted into the interface domain only."""
    return Message(msgid)


def R_(msgid: str) -> Message:
    """What a reply asks the authors of a letter for: extracted into both domains, since the
    report shows it in the interface language and the request for additional information
    (`mla check --reply --reply-lang`) goes out in the language chosen for it (letter domain)."""
    return Message(msgid)
