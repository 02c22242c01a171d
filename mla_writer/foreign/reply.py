"""A short, courteous request for additional information listing exactly what a checked letter
lacks, ready for the central authority to adapt, sign and send.

It quotes the incoming letter's reference, date and sending authority where the analyser found
them, cites the provision of the instrument the letter rests on that allows such a request (none
if the letter rests on no such instrument), asks only for what the checklist found missing, and
quotes the passage it found insufficient. It is written in the interface language, or with
`--reply-lang` in any language the letters are written in (the incoming letter's own with
`letter`): its phrases and what it asks for are marked `R_`, in both catalogs.
"""

from __future__ import annotations

import datetime as dt
import gettext
from dataclasses import dataclass

from mla_writer.checklist import Report, Severity, Status
from mla_writer.foreign.analyse import ForeignFinding, ForeignPointResult, ForeignReport
from mla_writer.i18n import LETTER_DOMAIN, shipped_languages, translations
from mla_writer.message import INTERFACE, R_, Message, Translator

# The provisions that let a requested State ask for additional information, by instrument code,
# in the order they are preferred when a letter cites several (the specialised convention
# first). Instruments without such a provision are listed with None, so that the table says
# they were looked at; a letter resting only on them gets a reply that cites nothing.
PROVISIONS: dict[str, Message | None] = {
    # 1988 Convention, art. 7(11): "The requested Party may request additional information when
    # it appears necessary for the execution of the request..." (UNTS vol. 1582, p. 95).
    "VIENNA1988": R_(
        "article 7(11) of the United Nations Convention against Illicit Traffic in Narcotic "
        "Drugs and Psychotropic Substances"
    ),
    # UNCAC, art. 46(16): the same words (UNTS vol. 2349, p. 41).
    "UNCAC": R_("article 46(16) of the United Nations Convention against Corruption"),
    # UNTOC, art. 18(16): the same words (UNTS vol. 2225, p. 209).
    "UNTOC": R_(
        "article 18(16) of the United Nations Convention against Transnational Organized Crime"
    ),
    # The 1959 Convention (ETS 30) and its Second Additional Protocol (ETS 182), the 2000 EU
    # Convention, the Budapest Convention (ETS 185, art. 25-27), and the CIS conventions (Minsk
    # 1993, Chișinău 2002) have no article on requests for additional information: such
    # requests go through the ordinary channels those instruments set.
    "ECMA1959": None,
    "ECMA_AP2": None,
    "EU2000": None,
    "BUDAPEST": None,
    "MINSK1993": None,
    "CHISINAU2002": None,
}


def reply_languages() -> list[str]:
    """The languages a reply can be written in: English and those of the letter catalogs (a
    reply is a letter: it goes out in the register the letters are written in)."""
    return shipped_languages(LETTER_DOMAIN)


@dataclass(frozen=True)
class _Catalog:
    """The letter catalog of the language the reply is written in."""

    language: str

    def __call__(self, message: str) -> str:
        catalog: gettext.NullTranslations = translations(self.language, LETTER_DOMAIN)
        return catalog.gettext(message)


def translator_for(language: str | None) -> Translator:
    """The interface language (None), or another language of `reply_languages()`."""
    return INTERFACE if language is None else _Catalog(language)


def cited_provision(instruments: tuple[str, ...] | list[str]) -> Message | None:
    """The provision of an instrument the letter rests on that allows asking for more."""
    for code, provision in PROVISIONS.items():
        if code in instruments and provision is not None:
            return provision
    return None


@dataclass(frozen=True)
class NeededItem:
    """One thing to ask for: the point, what to ask, and the passage found insufficient."""

    point: int
    ask: Message | str
    quote: str | None = None


def needed_items(report: Report) -> list[NeededItem]:
    """What to ask for, for every gap in the report, in checklist order; the passage a point
    relied on is quoted once, with the first thing asked about a point found incomplete."""
    items: list[NeededItem] = []
    asked: set[str] = set()
    for result in report.points:
        quote = None
        if result.status is Status.PARTIAL and isinstance(result, ForeignPointResult):
            quote = result.evidence[0].text if result.evidence else None
        for finding in result.findings:
            if finding.severity is not Severity.ERROR:
                continue
            ask: Message | str = finding.wording
            if isinstance(finding, ForeignFinding) and finding.asking is not None:
                ask = finding.asking
            key = ask.msgid if isinstance(ask, Message) else ask
            key += repr(ask.params) if isinstance(ask, Message) else ""
            if key in asked:
                continue
            asked.add(key)
            items.append(NeededItem(result.point.number, ask, quote))
            quote = None
    return items


def draft_reply(report: Report, language: str | None = None) -> str:
    """The text of the request for additional information, in `language` (default: the
    interface language); a short note if nothing is needed."""
    show = translator_for(language)
    items = needed_items(report)
    if not items:
        return R_(
            "No additional information is needed: every point of the checklist is answered. "
            "Read the evidence quoted for each point before relying on it."
        ).shown(show)
    lines = [
        _subject(report, show),
        "",
        R_("Dear colleagues,").shown(show),
        "",
        _opening(report, show),
        "",
    ]
    for number, item in enumerate(items, start=1):
        ask = item.ask.shown(show) if isinstance(item.ask, Message) else item.ask
        text = ask[0].upper() + ask[1:]
        lines.append(
            R_("%(number)d. %(item)s — point %(point)d of the checklist.").shown(show)
            % {"number": number, "item": text.rstrip("."), "point": item.point}
        )
        if item.quote:
            said = R_("Your request says: “%(quote)s”").shown(show) % {"quote": item.quote}
            lines.append("    " + said)
    lines += [
        "",
        R_(
            "Please send this information through the same channel as the request, quoting its "
            "reference. We remain at your disposal for any question, and will go on with the "
            "parts of the request that can already be executed."
        ).shown(show),
        "",
        R_("Yours sincerely,").shown(show),
        "",
        R_("[Name, function and contact details of the central authority]").shown(show),
    ]
    return "\n".join(lines)


def _subject(report: Report, show: Translator) -> str:
    letter = report.letter if isinstance(report, ForeignReport) else None
    reference = letter.reference if letter else None
    date = _long_date(letter.date, show.language) if letter and letter.date else None
    if reference and date:
        subject = R_(
            "Subject: Your request for mutual legal assistance of %(date)s (your reference "
            "%(reference)s) — additional information needed"
        )
    elif reference:
        subject = R_(
            "Subject: Your request for mutual legal assistance (your reference %(reference)s) — "
            "additional information needed"
        )
    elif date:
        subject = R_(
            "Subject: Your request for mutual legal assistance of %(date)s — additional "
            "information needed"
        )
    else:
        subject = R_(
            "Subject: Your request for mutual legal assistance — additional information needed"
        )
    return subject.shown(show) % {"reference": reference, "date": date}


def _opening(report: Report, show: Translator) -> str:
    letter = report.letter if isinstance(report, ForeignReport) else None
    if letter and letter.authority:
        thanks = R_(
            "We acknowledge receipt of the request for mutual legal assistance sent by "
            "%(authority)s, and thank you for it."
        ).shown(show) % {"authority": letter.authority}
    else:
        thanks = R_(
            "We acknowledge receipt of your request for mutual legal assistance and thank you "
            "for it."
        ).shown(show)
    provision = cited_provision(letter.instruments) if letter else None
    if provision is not None:
        ask = R_(
            "So that it can be executed without delay, and in accordance with %(provision)s, we "
            "would be grateful to receive the following additional information:"
        ).shown(show) % {"provision": provision.shown(show)}
    else:
        ask = R_(
            "So that it can be executed without delay, we would be grateful to receive the "
            "following additional information:"
        ).shown(show)
    return f"{thanks} {ask}"


def _long_date(date: dt.date, language: str) -> str:
    from babel.dates import format_date  # only a reply with a dated letter needs it

    # English as the letters write it ("3 November 2026", en-GB), not babel's default en-US.
    return format_date(date, "long", locale="en_GB" if language == "en" else language)
