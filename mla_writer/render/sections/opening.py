"""The opening of the letter: addresses and references, the URGENT and CONFIDENTIAL flags, place
and date, subject, salutation, and the opening paragraphs: who requests, in what capacity, under
which instruments, in which proceedings, and what is asked, in one sentence."""

from __future__ import annotations

from mla_writer.i18n import L_, LetterTranslator
from mla_writer.model.parties import ProceedingsNature
from mla_writer.model.persons import Sex
from mla_writer.model.request import Instrument
from mla_writer.render.formatting import in_sentence
from mla_writer.render.layout import Run
from mla_writer.render.sections.assistance import item_title
from mla_writer.render.sections.legal_basis import instrument_entry
from mla_writer.render.sections.shared import Letter

INTRODUCTION = {
    ProceedingsNature.INVESTIGATION: L_(
        "I, %(signatory)s, have the honour to request the assistance of the competent "
        "authorities %(of_state)s in the criminal investigation conducted by the %(authority)s."
    ),
    ProceedingsNature.PROSECUTION: L_(
        "I, %(signatory)s, have the honour to request the assistance of the competent "
        "authorities %(of_state)s in the prosecution conducted by the %(authority)s."
    ),
    ProceedingsNature.JUDICIAL_PROCEEDINGS: L_(
        "I, %(signatory)s, have the honour to request the assistance of the competent "
        "authorities %(of_state)s in the criminal proceedings before the %(authority)s."
    ),
}
"""The first sentence, by the nature of the proceedings, when the signatory's sex is not given
(a wording that agrees with no one: « Moi, …, j'ai l'honneur »)."""


def _introduction(t: LetterTranslator, nature: ProceedingsNature, sex: Sex | None) -> str:
    """The first sentence, agreed with the signatory where the language does (« Je soussignée »)."""
    if sex is Sex.FEMALE:
        return {
            ProceedingsNature.INVESTIGATION: t.p(
                "signed by a woman",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the criminal investigation conducted by the "
                "%(authority)s.",
            ),
            ProceedingsNature.PROSECUTION: t.p(
                "signed by a woman",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the prosecution conducted by the %(authority)s.",
            ),
            ProceedingsNature.JUDICIAL_PROCEEDINGS: t.p(
                "signed by a woman",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the criminal proceedings before the %(authority)s.",
            ),
        }[nature]
    if sex is Sex.MALE:
        return {
            ProceedingsNature.INVESTIGATION: t.p(
                "signed by a man",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the criminal investigation conducted by the "
                "%(authority)s.",
            ),
            ProceedingsNature.PROSECUTION: t.p(
                "signed by a man",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the prosecution conducted by the %(authority)s.",
            ),
            ProceedingsNature.JUDICIAL_PROCEEDINGS: t.p(
                "signed by a man",
                "I, %(signatory)s, have the honour to request the assistance of the competent "
                "authorities %(of_state)s in the criminal proceedings before the %(authority)s.",
            ),
        }[nature]
    return t(INTRODUCTION[nature])


def _undersigned(t: LetterTranslator, sex: Sex | None) -> str:
    """Who signs, when the case file does not say: "the undersigned", agreed where it can be."""
    if sex is Sex.FEMALE:
        return t.p("signed by a woman", "the undersigned")
    if sex is Sex.MALE:
        return t.p("signed by a man", "the undersigned")
    return t("the undersigned")


ADDRESS_THE_AUTHORITY = frozenset({"zh"})
"""Letter languages whose letters open by naming the addressee authority ("中华人民共和国司法部："),
not with a "Dear Sir or Madam" ("尊敬的先生/女士" reads as a letter to a private person)."""


def _salutation(letter: Letter) -> str:
    addressee = letter.request.addressee
    if letter.fmt.language in ADDRESS_THE_AUTHORITY and addressee and addressee.name:
        return letter.t.p("salutation naming the addressee authority", "%(authority)s:") % {
            "authority": addressee.name
        }
    return letter.t("Dear Sir or Madam,")


def write_opening(letter: Letter) -> None:
    request, t, layout = letter.request, letter.t, letter.layout
    requesting = request.identification.requesting_authority if request.identification else None
    rows: list[tuple[str, list[Run]]] = []
    if request.addressee:
        rows.append((t("To"), letter.authority_lines(request.addressee)))
    if requesting:
        rows.append((t("From"), letter.authority_lines(requesting)))
    rows.append((t("Our reference"), [request.reference or t("[reference not given]")]))
    if request.requested_reference:
        rows.append((t("Your reference"), [request.requested_reference]))
    layout.details_table(rows)
    letter.placeholders(letter.missing.for_part("heading"))
    _write_flags(letter)
    place = request.place
    date = letter.fmt.date(letter.date)
    layout.para(
        "Date Line",
        t("%(place)s, %(date)s") % {"place": place, "date": date} if place else date,
    )
    layout.para("Letter Subject", t("Subject:"), "\t", letter.subject())
    layout.para("Body Text", _salutation(letter), keep_with_next=True)
    _write_introduction(letter)
    _write_summary(letter)


def _write_flags(letter: Letter) -> None:
    """One line each, pointing to the paragraph that gives the reasons."""
    request, t = letter.request, letter.t
    flags = []
    if request.urgency and request.urgency.urgent:
        flags.append((t("Urgent"), "urgency"))
    if request.confidentiality and request.confidentiality.required:
        flags.append((t("Confidential"), "confidentiality"))
    for word, anchor in flags:
        see = t("see paragraph %(paragraph)s") % {"paragraph": letter.ref(anchor)}
        letter.layout.para("Flag Line", (word, "Marking"), " – ", see)


def _write_introduction(letter: Letter) -> None:
    """Who asks, in what capacity and proceedings, under which instruments."""
    request, t = letter.request, letter.t
    ident = request.identification
    requesting = ident.requesting_authority if ident else None
    proceedings = ident.proceedings if ident else None
    authority = ident.proceeding_authority if ident else None
    nature = (
        proceedings.nature
        if proceedings and proceedings.nature
        else ProceedingsNature.INVESTIGATION
    )
    signatory = request.signatory
    who = (
        letter.wording.joined((signatory.name, signatory.function, signatory.authority))
        if signatory
        else ""
    )
    sex = signatory.sex if signatory else None
    sentences = [
        _introduction(t, nature, sex)
        % {
            "signatory": who or _undersigned(t, sex),
            "of_state": letter.of_state(request.requested_state),
            "authority": (authority.name if authority and authority.name else "")
            or (requesting.name if requesting and requesting.name else "")
            or t("[authority not given]"),
        }
    ]
    if proceedings and proceedings.reference:
        sentences.append(_case_reference(letter, proceedings.reference))
    basis = request.legal_basis
    instruments: list[Instrument] = list(basis.instruments) if basis else []
    if instruments:
        sentences.append(t("The request is made under the following instruments:"))
    letter.numbered(" ".join(sentences))
    for instrument in instruments:
        letter.layout.para("List Item", "–\t", instrument_entry(letter, instrument))
    if basis and basis.reciprocity:
        letter.numbered(_reciprocity(letter, also=bool(instruments)))
    letter.placeholders(letter.missing.for_part("legal_basis"))


def _reciprocity(letter: Letter, *, also: bool) -> str:
    """Reciprocity as a basis; its undertaking is given with the others."""
    t = letter.t
    values = {"paragraph": letter.ref("undertakings")}
    if also:
        return (
            t(
                "This request is also made on the basis of reciprocity (see paragraph %(paragraph)s)."
            )
            % values
        )
    return (
        t(
            "In the absence of an applicable treaty, this request is made on the basis of "
            "reciprocity (see paragraph %(paragraph)s)."
        )
        % values
    )


def _write_summary(letter: Letter) -> None:
    """What is asked, in one sentence, pointing to the paragraphs that ask it."""
    items = letter.request.assistance
    if not items:
        return
    numbers: dict[str, list[str]] = {}
    for number, item in enumerate(items, start=1):
        title = item_title(letter, item)
        numbers.setdefault(title[:1].lower() + title[1:], []).append(str(number))
    titles = [
        # A kind asked for more than once says which items: "statement of a victim (items 2
        # and 3)", not one statement where two are asked.
        letter.t("%(title)s (items %(numbers)s)")
        % {"title": title, "numbers": letter.fmt.join(which)}
        if len(which) > 1
        else title
        for title, which in numbers.items()
    ]
    values = {
        "assistance": letter.fmt.join(titles),
        "first": letter.ref("assistance_first"),
        "last": letter.ref("assistance_last"),
    }
    letter.numbered(
        letter.t(
            "In summary, the requesting authority respectfully asks for the following "
            "assistance, set out in paragraphs %(first)s to %(last)s: %(assistance)s."
        )
        % values
    )


def _case_reference(letter: Letter, reference: str) -> str:
    """The case's reference as a sentence: in English "The case is registered as criminal case
    no. 2026/0417." (the drafter's "Criminal case no." lowered inside the sentence); the other
    languages say what the reference is, which reads naturally there with the reference as
    typed."""
    t, reference = letter.t, reference.strip().rstrip(".")
    if letter.fmt.language == "en" and reference[:1].isalpha():
        return t("The case is registered as %(reference)s.") % {"reference": in_sentence(reference)}
    return t("The case reference is %(reference)s.") % {"reference": reference}
