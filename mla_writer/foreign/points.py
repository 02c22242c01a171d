"""The 14 points read off a letter written by others: for each, what counts as answered, what
makes it partial, the passages to quote, and what to ask the requesting authority for.

Each evaluator combines the cue groups of `cues/<language>.yaml` (data) by a rule (code): urgency
is answered by "not urgent", or by an urgency together with its reason; a point that is only
partly there is `partial` with the reason, rather than `ok`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from mla_writer.checklist import Severity, Status
from mla_writer.foreign.cues import Cues
from mla_writer.foreign.document import Passage
from mla_writer.foreign.letter import LIST_ITEM, REASON_WORD, TERMINAL, Evidence, Hit, Letter
from mla_writer.foreign.particulars import dates_before, letter_date
from mla_writer.foreign.polarity import Polarity, PolarityReader, ticked_answer
from mla_writer.foreign.state_names import state_name_words
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.message import M_, R_, Message, Named
from mla_writer.states.model import StateProfile

E, W = Severity.ERROR, Severity.WARNING


# --------------------------------------------------------------------------- verdicts


@dataclass
class Verdict:
    status: Status = Status.MISSING
    evidence: list[Evidence] = field(default_factory=list)
    findings: list[tuple[Severity, str, Message, Message | None]] = field(default_factory=list)

    def cite(self, letter: Letter, hits: Iterable[Hit | int], limit: int = 2) -> None:
        for hit in hits:
            evidence = letter.quote(hit)
            if evidence not in self.evidence and len(self.evidence) < limit + 2:
                self.evidence.append(evidence)
                limit -= 1
            if limit <= 0:
                return

    def gap(self, status: Status, field_name: str, message: Message, ask: Message) -> None:
        if self.status is not Status.PARTIAL or status is Status.PARTIAL:
            self.status = status
        self.findings.append((E, field_name, message, ask))

    def warn(self, field_name: str, message: Message) -> None:
        self.findings.append((W, field_name, message, None))


@dataclass
class Context:
    letter: Letter
    language: str | None
    requesting_state: str | None
    requested_state: str | None
    instruments: list[str]
    language_confidence: float = 1.0
    requested_profile: StateProfile | None = None
    requesting_profile: StateProfile | None = None
    requested_certain: bool = True  # False: the requested State is only the most-mentioned one
    polarity: PolarityReader = field(init=False)

    def __post_init__(self) -> None:
        self.polarity = PolarityReader(self.letter.cues)

    @cached_property
    def written(self) -> dt.date | None:
        """The date the letter bears, if it says."""
        return letter_date(self.letter, self.language)

    def with_polarity(self, hits: Iterable[Hit], polarity: Polarity) -> list[Hit]:
        """The hits whose clause gives them this polarity (affirmed, denied, promised); a hit
        in a label ("Presence of Belgian officials:", a heading) asserts nothing either way."""
        passages = self.letter.passages
        return [
            hit
            for hit in hits
            if (
                self.letter.row_value(hit.index)
                or not self._in_label(passages[hit.index].text, hit)
            )
            and self.polarity.polarity(passages[hit.index].text, hit.start, hit.end) is polarity
        ]

    def _in_label(self, text: str, hit: Hit) -> bool:
        """A label says nothing; but "There is no time pressure: any date suits us" and
        "Solicita-se sigilo: a divulgação …" are sentences before their colon, not labels."""
        if not _in_label(text, hit):
            return False
        if _ASKING.search(text, 0, max(hit.end, text.find(":"))):
            return False
        negation = self.polarity.negation
        return negation is None or not negation.search(text, 0, max(hit.end, text.find(":")))

    def affirmed(self, point: str, group: str, indices: Iterable[int] | None = None) -> list[Hit]:
        """The hits of a cue group that no negation or promise in their clause takes back."""
        return self.with_polarity(self.letter.cue(point, group, indices), Polarity.AFFIRMED)

    def denied(self, point: str, group: str, indices: Iterable[int] | None = None) -> list[Hit]:
        """The hits of a cue group negated in their clause ("no officer wishes to attend")."""
        return self.with_polarity(self.letter.cue(point, group, indices), Polarity.DENIED)

    def answer(self, point: str, *groups: str) -> tuple[str | None, int | None]:
        """The yes/no answer to a point: a short answer after its heading or label, or the box
        ticked in its form row ("Presence of officials: ☐ Yes ☒ No"), found by its heading or
        by a cue of `groups` in the row."""
        answer, where = self.letter.answer(point)
        if answer is not None:
            return answer, where
        rows = [i for i, _value in self.letter.section_values(point)]
        for group in groups:
            rows += [hit.index for hit in self.letter.find(self.letter.cues.group(point, group))]
        for index in rows:
            ticked = ticked_answer(self.letter.passages[index].text, self.letter.cues)
            if ticked is not None:
                return ticked, index
        # A form whose boxes stand on lines of their own ("Sigilo?" / "☒ Sim" / "☐ Não").
        values = self.letter.section_values(point)[:_BOX_LINES]
        ticked = ticked_answer(" ".join(text for _i, text in values), self.letter.cues)
        if ticked is not None:
            return ticked, values[0][0]
        return None, None


_LABEL_WORDS = 10
_SHORT_LABEL = 6  # a label this short is one, whatever its value
_BOX_LINES = 4  # how many lines of a point's part its check boxes may take


# A verb of asking, which makes the words before a colon a sentence ("We ask for secrecy:",
# "Solicita-se sigilo:", "Просим сохранить в тайне:"), not a form's label.
_ASKING = re.compile(
    r"(?i)\b(?:we (?:ask|request)|(?:is|are) (?:requested|asked)|solicita-se|solicitamos|"
    r"se solicita|solicito|pedimos|pede-se|rogamos|se ruega|nous (?:prions|demandons)|"
    r"(?:il )?est demandée?|sont demandée?s|é solicitad[oa]|es solicitad[oa]|прош\w*|просим)\b"
    r"|يرجى|نرجو|نطلب|نلتمس"
)


def _in_label(text: str, hit: Hit) -> bool:
    """Whether a hit lies in a label: a short heading line, or the part of a "Label: value"
    row before its colon."""
    colon = text.find(":")
    if colon >= 0 and hit.end <= colon:
        # "We ask that this request be kept secret: an undercover officer is still in place"
        # is a sentence with a colon: a long lead-in before a long sentence is no label.
        before, after = len(text[:colon].split()), len(text[colon + 1 :].split())
        return before <= _SHORT_LABEL or (before <= _LABEL_WORDS and after <= _LABEL_WORDS)
    return colon < 0 and "\n" not in text and len(text.split()) <= 8 and not TERMINAL.search(text)


def _following(L: Letter, hits: Iterable[Hit]) -> set[int]:
    """The passages of the hits, the footnotes and the parts of the letter they refer to, and
    the passage after each unless it belongs to another point's part: a reason may follow in the
    next sentence without a connective, in a footnote, or in the part a form row points to."""
    places = set()
    for hit in hits:
        places.add(hit.index)
        places.update(L.notes.get(hit.index, ()))  # "…to put supplementary questions.[2]"
        places.update(L.referred_to(hit.index))  # "☒ Yes — see Section F"
        after = hit.index + 1
        # A form goes on in rows of its own: "Contact details of the officials: …", then
        # "Reason: …" — the rows that follow, up to a few, as long as each is a labelled row.
        while after < len(L.passages) and (
            L.section[after] in (None, L.section[hit.index])
            or L.passages[after].location == L.passages[hit.index].location  # one form cell
            or _points_elsewhere(L, after)  # "Обоснование — см. п. 9, последний абзац."
        ):
            places.add(after)
            places.update(L.referred_to(after))  # "Reason — see item 9, last paragraph"
            if after - hit.index >= _FORM_ROWS or not _LABELLED_ROW.match(L.passages[after].text):
                break
            after += 1
    return places


_FORM_ROWS = 3  # how many labelled rows of a form after a statement may still give its reason
_LABELLED_ROW = re.compile(r"[^:\n.]{1,50}:\s*\S")


def _indices(hits: Iterable[Hit]) -> set[int]:
    return {hit.index for hit in hits}


def _near(hits: Iterable[Hit], spread: int = 0) -> set[int]:
    """The passages of the hits, and `spread` passages after each."""
    return {hit.index + d for hit in hits for d in range(spread + 1)}


def _identification(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    # The sender is named in the letterhead, a "requesting authority" part or the signature;
    # the addressee ("To the Central Authority...") is not the requesting authority.
    addressee = L.cues.addressee
    own = [
        i
        for i, p in enumerate(L.passages)
        if addressee is None or not addressee.search(p.text) or L.section[i] == "identification"
    ]
    head = [i for i in own if i < 8]
    authority = L.cue("identification", "authority", [*head, *L.in_section("identification")])
    authority = authority or L.cue("identification", "authority", own)
    authority = authority or L.cue("identification", "authority")
    contact = L.common("contact")
    own_contact = [hit for hit in contact if not _someone_else_s(L, hit)]
    if authority:
        v.cite(L, authority, 1)
    if own_contact or contact:
        v.cite(L, own_contact or contact, 1)
    if authority and own_contact:
        v.status = Status.OK
    elif authority:
        _authority_without_contact(v, others_only=bool(contact))
    elif own_contact:
        v.gap(
            Status.MISSING,
            "identification.authority",
            M_("There is a contact, but no authority presenting the request could be recognised."),
            R_(
                "the name of the authority presenting the request and of the authority "
                "conducting the investigation or proceedings"
            ),
        )
    else:
        v.gap(
            Status.MISSING,
            "identification",
            M_("No requesting authority and no contact particulars could be found."),
            R_(
                "the authority presenting the request and the authority conducting the "
                "proceedings, with a telephone number and e-mail address"
            ),
        )
    return v


def _authority_without_contact(v: Verdict, others_only: bool) -> None:
    ask = R_(
        "the telephone number and e-mail address of the authority conducting the "
        "proceedings, and the name of the prosecutor, judge or officer in charge"
    )
    if others_only:
        message = M_(
            "The letter names an authority, but the only telephone numbers or e-mail "
            "addresses it gives belong to others (a bank, a witness, a company)."
        )
    else:
        message = M_(
            "The letter names an authority but gives no telephone number or e-mail address."
        )
    v.gap(Status.PARTIAL, "identification.contact", message, ask)


_ATTRIBUTION_CHARS = 160  # how far before a telephone number its owner is named
# The end of a sentence: not the full stop of "tel." or "No.".
# A full stop after a word of four letters, or after a bracket before a capital ("… (Annex I).
# These statements …"): not after an initial, "No." or "art." (abbreviations).
_SENTENCE_END = re.compile(r"(?<=\w{4})[.!?]\s|(?<=\))[.!?]\s(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])|\n")


def _someone_else_s(L: Letter, hit: Hit) -> bool:
    """Whether a telephone number or e-mail address is given as someone else's: a bank, a
    witness, a translator or a company named just before it in its sentence ("Thameside Bank
    plc, tel. …") or in the cells before it in its table row, or the addressee's ("To: …"),
    outside the letterhead and the part about the requesting authority."""
    before = _said_before(L, hit)
    # "All correspondence through the Central Authority, Ministry of Justice, tel. …": an
    # intermediary's contact, even in the requesting authority's own part.
    intermediary = L.cues.group("identification", "intermediary")
    if intermediary is not None and intermediary.search(before):
        return True
    if L.section[hit.index] == "identification":
        return False
    if L.cues.addressee is not None and L.cues.addressee.search(L.passages[hit.index].text):
        return True
    # "a person residing in Australia, Mr. R. Whitcombe, born 11 May 1961, …, telephone …": a
    # private person's, given with his particulars.
    particulars = L.cues.group("facts", "identifiers")
    if particulars is not None and particulars.search(before):
        return True
    third_party = L.cues.group("identification", "third_party")
    if third_party is None:
        return False
    return bool(third_party.search(before)) or bool(third_party.search(_row_before(L, hit.index)))


def _said_before(L: Letter, hit: Hit) -> str:
    """The words before a hit in its sentence, up to _ATTRIBUTION_CHARS, the sentence begun in
    the passage before included (a line that ends with a comma goes on in the next)."""
    text = L.passages[hit.index].text
    start = max(0, hit.start - _ATTRIBUTION_CHARS)
    for boundary in _SENTENCE_END.finditer(text, start, hit.start):
        start = boundary.end()
    before = text[start : hit.start]
    if start == 0 and hit.index > 0 and not L.passages[hit.index].table:
        previous = L.passages[hit.index - 1].text
        if previous.strip() and not TERMINAL.search(previous):
            tail = previous[-_ATTRIBUTION_CHARS:]
            ends = [m.end() for m in _SENTENCE_END.finditer(tail)]
            before = tail[ends[-1] if ends else 0 :] + " " + before
    return before


def _row_before(L: Letter, index: int) -> str:
    """The cells before a passage in its table row ("Banque Misr, Heliopolis branch | +20 …")."""
    passage = L.passages[index]
    if not passage.table:
        return ""
    before = []
    for previous in range(index - 1, max(-1, index - 8), -1):
        other = L.passages[previous]
        if other.table != passage.table or other.location != passage.location:
            break
        before.append(other.text)
    return " ".join(reversed(before))


_POINTER_WORDS = 12  # a line this short that refers to another part only points there


def _points_elsewhere(L: Letter, index: int) -> bool:
    """Whether a passage only points to another part of the letter ("Reason — see item 9")."""
    text = L.passages[index].text
    return len(text.split()) <= _POINTER_WORDS and bool(L.referred_to(index))


def _answered_point(
    c: Context, point: str, present: list[Hit], missing: Message, ask: Message
) -> Verdict:
    """Points that are answered by a description or an explicit "none" (2 and 3)."""
    v, L = Verdict(), c.letter
    answer, where = c.answer(point, "present", "none")
    none = L.cue(point, "none") + c.denied(point, "present") + _row_says_no(c, point)
    section = L.section_values(point)
    if answer == "no" and where is not None:
        v.cite(L, [where])
        v.status = Status.OK
    elif none:
        v.cite(L, none)
        v.status = Status.OK
    elif present or section:
        v.cite(L, [*present, *(i for i, _text in section)])
        v.status = Status.OK
    else:
        v.gap(Status.MISSING, point, missing, ask)
    return v


def _row_says_no(c: Context, point: str, group: str = "present") -> list[Hit]:
    """A form row whose label names the point and whose value is a bare no ("Copy sent
    through other channels: no", "Copies via Interpol, diplomatic, liaison: N/A")."""
    L, no = c.letter, c.letter.cues.answers.get("no")
    if no is None:
        return []
    rows = []
    for hit in L.cue(point, group):
        text = L.passages[hit.index].text
        colon = text.find(":")
        if _in_label(text, hit) and colon >= 0 and no.fullmatch(text[colon + 1 :].strip(" .;")):
            rows.append(hit)
    return rows


def _told(c: Context, point: str, *polarities: Polarity) -> list[Hit]:
    """The hits of a point's cues that the letter asserts (or promises, where `polarities`
    allow), not in a label."""
    return [
        hit
        for polarity in polarities
        for hit in c.with_polarity(c.letter.cue(point, "present"), polarity)
    ]


def _in_sentence(
    c: Context, hit: Hit, point: str, group: str, following: int = 0, absent: bool = True
) -> bool:
    """Whether a cue of `group` stands in the sentence of `hit` or in the `following`
    sentences after it (`absent` for a language whose cues have no such group)."""
    pattern = c.letter.cues.group(point, group)
    if pattern is None:
        return absent
    text = c.letter.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    for _ in range(following):
        end = _sentence_around(text, min(end + 2, len(text)), min(end + 2, len(text)))[1]
    return pattern.search(text, start, end) is not None


def _between_parties(c: Context, hit: Hit) -> bool:
    """A contact of the suspects, the accused or the victims, with no authority in it: "the
    accused kept in contact with his accomplice" is part of the case, not a prior contact."""
    cues = c.letter.cues
    if cues.group("prior_contact", "party") is None:
        return False
    return _in_sentence(c, hit, "prior_contact", "party") and not _in_sentence(
        c, hit, "prior_contact", "counterpart", 1
    )


def _invited(c: Context, hit: Hit) -> bool:
    """A contact asked for or offered, not one that took place: "Should your authorities wish
    to contact the investigating officer", "نرجو التواصل مع" — an invitation word before the
    cue in its clause."""
    pattern = c.letter.cues.group("prior_contact", "invitation")
    if pattern is None:
        return False
    text = c.letter.passages[hit.index].text
    clause = c.polarity.clause(text, hit.start, hit.end)
    return pattern.search(text, clause.start, hit.start) is not None


def _prior_contact(c: Context) -> Verdict:
    """A contact between officials that took place, not one only offered for the future, nor
    the suspects' own contacts — told anywhere, the facts included (police cooperation is
    often part of the story)."""
    told = [
        hit
        for hit in _told(c, "prior_contact", Polarity.AFFIRMED)
        if not _invited(c, hit) and not _between_parties(c, hit)
    ]
    return _answered_point(
        c,
        "prior_contact",
        told,
        M_("The letter does not say whether officers of the two States were in contact before."),
        R_(
            "whether there was any prior contact between officers of our two States about this "
            "matter (who, when, and what was agreed), or confirmation that there was none"
        ),
    )


def _other_channels(c: Context) -> Verdict:
    """A copy of the request sent, or to be sent, through another channel: a channel named
    (INTERPOL, Eurojust, the diplomatic channel, a liaison officer) with a word of sending or
    copying in its sentence — a red notice "through INTERPOL" or money moved "through other
    channels" is no copy of the request."""
    L = c.letter
    told = [
        hit
        for hit in _told(c, "other_channels", Polarity.AFFIRMED, Polarity.PROMISED)
        # in the part about copies ("Copia por otra vía" | "☒ INTERPOL"), a channel is one
        if (
            _in_sentence(c, hit, "other_channels", "copy")
            or L.section[hit.index] == "other_channels"
        )
        and L.section[hit.index] not in _NARRATIVE
        and not _liaison_consulted(c, hit)
        # "Copies of this request may be sent through the diplomatic channel": a possibility,
        # not a statement that a copy was or will be sent.
        and not _in_sentence(c, hit, "other_channels", "possible", absent=False)
    ]
    return _answered_point(
        c,
        "other_channels",
        told,
        M_(
            "The letter does not say whether a copy was sent through other channels (INTERPOL, "
            "diplomatic channel, Eurojust)."
        ),
        R_(
            "whether a copy of the request has been or will be sent through any other channel "
            "(INTERPOL, diplomatic channel, Eurojust), so that it is not executed twice"
        ),
    )


# A liaison officer or attaché: a channel, or a person the requesting authority consulted.
_LIAISON = re.compile(r"(?i)liaison|ligação|agregad|attach|ضابط|مل[حه]ق|связ")


def _liaison_consulted(c: Context, hit: Hit) -> bool:
    """A liaison officer named in the sentence of a prior contact ("discussed by telephone with
    the liaison officer, who advised sending the request through …") is the person consulted,
    not a channel a copy went through."""
    passage = c.letter.passages[hit.index].text
    start, end = _sentence_around(passage, hit.start, hit.end)
    if _COPY_NOUN.search(passage, start, end):  # "A scanned copy will go to your liaison officer"
        return False
    return bool(_LIAISON.search(passage, hit.start, hit.end)) and _in_sentence(
        c, hit, "prior_contact", "present", absent=False
    )


_COPY_NOUN = re.compile(r"(?i)\bcop(?:y|ies|ie|ia|ias)\b|\bкопи\w*|نسخ")


def _acknowledgement(c: Context) -> Verdict:
    """Present only when a form or cover sheet to complete and return is included: a bare
    "please acknowledge receipt" is partial, since the requested authority must then write one."""
    v, L = Verdict(), c.letter
    form = _acknowledgement_form(c)
    if form:
        v.cite(L, form, 1)
        v.status = Status.OK
        return v
    asked = [
        h
        for h in c.affirmed("acknowledgement", "request")
        if not _in_question(L, h) and not _about_something_else(L, h)
    ]
    asked += [Hit(i, 0, 0) for i, _t in L.section_values("acknowledgement")]
    if asked:
        v.cite(L, asked, 1)
        v.gap(
            Status.PARTIAL,
            "acknowledgement.form",
            M_(
                "The letter asks for an acknowledgement of receipt but includes no form to "
                "complete and return."
            ),
            R_(
                "an acknowledgement form to complete and return, or the address and reference "
                "to which the acknowledgement should be sent"
            ),
        )
        return v
    v.gap(
        Status.MISSING,
        "acknowledgement",
        M_("No acknowledgement of receipt is attached or asked for."),
        R_("the address to which an acknowledgement of receipt should be returned"),
    )
    return v


# A blank field of a form: a line to write on, dots, an empty check box.
_BLANK = re.compile(r"_{4,}|…{2,}|\.{6,}|(?:\. ){4,}|\[\s*\]|[☐□]")
_FORM_REACH = 12  # how many passages after its title a form's fields may come
_TITLE_WORDS = 30  # a form's title line, with its instruction ("to be completed and returned…")


def _acknowledgement_form(c: Context) -> list[Hit]:
    """The acknowledgement form the letter includes: said to be enclosed or to be completed
    and returned ("an acknowledgement form is attached as Annex A"; not "¿Se adjunta formulario
    de acuse de recibo? [ ] Sí [ ] No"), or a title followed by blank fields to fill in."""
    L = c.letter
    said = [h for h in c.affirmed("acknowledgement", "form") if not _in_question(L, h)]
    # "Acknowledgement of receipt: form attached", "Просим подтвердить получение по бланку":
    # a form named in the acknowledgement's own part or sentence.
    spans = [(i, 0, len(L.passages[i].text)) for i in L.in_section("acknowledgement")]
    for hit in L.cue("acknowledgement", "request") + L.find(
        L.cues.group("acknowledgement", "title")
    ):
        spans.append((hit.index, *_sentence_around(L.passages[hit.index].text, hit.start, hit.end)))
    said += [
        h
        for h in c.affirmed("acknowledgement", "form_word", {i for i, _a, _b in spans})
        if any(i == h.index and a <= h.start < b for i, a, b in spans) and not _in_question(L, h)
    ]
    if said:
        return said
    titles = L.find(L.cues.group("acknowledgement", "title"))
    for hit in titles:
        text = L.passages[hit.index].text
        if len(text.split()) > _TITLE_WORDS or _in_question(L, hit):
            continue
        if _bare_request_row(c, hit):
            continue  # "C.3 Acuse de recibo: Se agradecerá acusar recibo de la presente."
        following = range(hit.index, min(len(L.passages), hit.index + _FORM_REACH))
        if any(_blank_field(L.passages[i]) for i in following) or _bare_labels(L, hit.index):
            return [hit]
        if L.cue("acknowledgement", "complete", range(hit.index, hit.index + 3)):
            return [hit]
    return []


def _bare_request_row(c: Context, hit: Hit) -> bool:
    """A title whose own line answers with a bare request to acknowledge receipt, no form
    named and no field to fill in: the rows after it are the form's other questions, not an
    acknowledgement form."""
    L, index = c.letter, hit.index
    row = [index] + ([cell] if (cell := _next_cell(L, index)) is not None else [])
    return (
        any(
            other.index != index or other.start >= hit.end
            for other in L.cue("acknowledgement", "request", row)
        )
        and not c.affirmed("acknowledgement", "form_word", row)
        and not any(_BLANK.search(L.passages[i].text) for i in row)
        and not L.cue("acknowledgement", "complete", row)
    )


_OBJECT_WORDS = 8  # how far after "acknowledge receipt" its object is named


def _about_something_else(L: Letter, hit: Hit) -> bool:
    """Whether an acknowledgement cue is about something else than this request: quoted from
    someone ("Please acknowledge receipt of the attached invoices", he wrote), or followed by
    another object ("accusé de réception des marchandises", "получение от потерпевшего")."""
    text = L.passages[hit.index].text
    if any(a <= hit.start < b for a, b in _quotation_spans(text)):
        return True
    _start, end = _sentence_around(text, hit.start, hit.end)
    after = " ".join(text[hit.end : end].split()[:_OBJECT_WORDS])
    about, link = (L.cues.group("acknowledgement", g) for g in ("about_letter", "object_link"))
    if about is not None and about.search(after):
        return False
    return link is not None and link.match(after) is not None


def _blank_field(passage: Passage) -> bool:
    """A field left blank to be filled in: a line or dots to write on, an empty check box, or
    a form row whose value cell is empty."""
    if _BLANK.search(passage.text):
        return True
    cells = [cell.strip() for cell in passage.cells]
    return len(cells) >= 2 and bool(cells[0]) and not all(cells[1:])


_BARE_LABELS = 3  # a form's rows as plain text keeps: labels in a row with nothing after them


def _bare_labels(L: Letter, title: int) -> bool:
    """Whether a title is followed by a run of bare labels ("Date of receipt", "Your
    reference", "Executing authority"), as a form's empty rows read once its table is text."""
    heading = L.passages[title].text.strip()
    if TERMINAL.search(heading) or len(heading.split()) > _LABEL_WORDS + 4:
        return False  # a sentence asking for an acknowledgement, not a form's title
    run = 0
    for index in range(title + 1, min(len(L.passages), title + _FORM_REACH)):
        text = L.passages[index].text.strip()
        if text and len(text.split()) <= _LABEL_WORDS and not TERMINAL.search(text):
            run += 1
            if run >= _BARE_LABELS:
                return True
        elif text:
            run = 0
    return False


def _in_question(L: Letter, hit: Hit) -> bool:
    """A cue in a question ("Is an acknowledgement form attached?") asserts nothing, unless a
    box ticked "yes" in its row answers it."""
    text = L.passages[hit.index].text
    mark = text.find("?", hit.end)
    question = mark >= 0 and not TERMINAL.search(text[hit.end : mark])
    return question and ticked_answer(text, L.cues) != "yes"


def _urgency(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    answer, where = c.answer("urgency", "urgent", "not_urgent")
    section = [i for i, _t in L.section_values("urgency")]
    # "Aucune urgence particulière ne s'attache", "Запрос срочным не является": a denied
    # urgency is an explicit "not urgent", unless the letter affirms one in another passage
    # ("ne revêt pas de caractère urgent … une exécution dans un délai raisonnable").
    denied = c.denied("urgency", "urgent")
    urgent = [
        h
        for h in [*c.affirmed("urgency", "urgent"), *_flag_lines(c, "urgency")]
        if h.index not in _indices(denied)
        and L.section[h.index] not in _NARRATIVE
        and not _urgent_something_else(c, h)
    ]
    not_urgent = L.cue("urgency", "not_urgent") or ([] if urgent else denied)
    if answer == "no" or not_urgent:
        v.cite(L, not_urgent or [where] if where is not None else not_urgent)
        v.status = Status.OK
        return v
    if not urgent and not section:
        v.gap(
            Status.MISSING,
            "urgency",
            M_("The letter does not say whether the request is urgent or must be met by a date."),
            R_(
                "whether the request is urgent or must be executed by a certain date, and if so "
                "why (custody time limit, trial date, risk of losing evidence)"
            ),
        )
        return v
    # The reason may come in the next sentence or paragraph, without a connective.
    # A form's reason row may come right after its deadline row ("Time limit: …" / "Reason: …").
    places = _following(L, [*urgent, *(Hit(i, 0, 0) for i in section)])
    # … or in a passage that refers back to the urgency's part ("The time limit given in
    # item 5 is due to …").
    places |= L.referring_to({*section, *(hit.index for hit in urgent)})
    reason = L.cue("urgency", "reason", places) or _labelled_reason(L, "urgency")
    v.cite(L, [*urgent, *(Hit(i, 0, 0) for i in section)], 1)
    if reason:
        v.cite(L, reason, 1)
        v.status = Status.OK
        _urgency_date(c, v, urgent, section)
    else:
        v.gap(
            Status.PARTIAL,
            "urgency.reason",
            M_(
                "The request is said to be urgent, but no reason is given (custody time limit, "
                "trial date, risk of losing evidence): an urgency without a reason is usually "
                "not acted on (UNTOC 18(24))."
            ),
            R_(
                "the reason for the urgency and the date by which the results are needed, for "
                "instance a custody time limit or a trial date"
            ),
        )
    return v


_REASON_LABEL = re.compile(rf"(?i)(?<!\w){REASON_WORD}")
_REASON_WORDS = 5
"""The fewest words of a reason given in its own row ("N/A", "—", "see above" are none)."""


def _labelled_reason(L: Letter, point: str) -> list[Hit]:
    """A reason given in a row or part of its own ("Reasons for urgency | The flat is listed
    for sale…", «Основания срочности: …»): whatever its words, the form asked for a reason
    and the letter answered with a sentence."""
    found = []
    for index, value in L.section_values(point):
        start = L.value_start[index]
        label = L.passages[index].text[:start]
        if not start and index and point in L.heading_points(L.passages[index - 1].text)[0]:
            label = L.passages[index - 1].text  # the label in a cell (or line) of its own
        if _REASON_LABEL.search(label) and len(value.split()) >= _REASON_WORDS:
            found.append(Hit(index, start, len(L.passages[index].text)))
    return found


def _urgent_something_else(c: Context, hit: Hit) -> bool:
    """An urgency of something else than the request: "an urgent payment instruction",
    "urgent surgery", "срочный депозит" — a sentence about a payment, a deposit, a contract or
    medical treatment that says nothing of the request or its execution. (Not one about the
    accused: custody is the commonest reason for an urgency.)"""
    return _in_sentence(c, hit, "urgency", "elsewhere", absent=False) and not _in_sentence(
        c, hit, "urgency", "request", absent=False
    )


# The parts that tell the case: "an urgent transfer" there is a fact, not a request.
_NARRATIVE = frozenset({"facts", "offences", "relevance"})


_DATE_SENTENCES = 3  # how many sentences from the urgency its date may come


def _urgency_date(c: Context, v: Verdict, urgent: list[Hit], section: list[int]) -> None:
    """An urgency needs a date by which the results are needed, as well as a reason (for a
    language whose cues name dates): in the urgency's part, or within a few sentences of the
    word "urgent" — sentences, not passages, so that a letter reads the same wrapped or not."""
    L = c.letter
    date = L.cues.group("urgency", "date")
    referred = {
        i for index in [*section, *(hit.index for hit in urgent)] for i in L.referred_to(index)
    }
    if date is None or any(  # in the urgency's part, or the part it refers to ("see Section F")
        _a_time_limit(c, date, L.passages[i].text) for i in {*section, *referred}
    ):
        return
    for hit in [*urgent, *(Hit(i, L.value_start[i], L.value_start[i]) for i in section)]:
        following = hit.index + 1 < len(L.passages) and L.section[hit.index + 1] in (
            None,
            L.section[hit.index],
        )
        text = L.passages[hit.index].text[hit.start :]
        if following:
            text += "\n" + L.passages[hit.index + 1].text
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        window = text[: ends[_DATE_SENTENCES - 1]] if len(ends) >= _DATE_SENTENCES else text
        if _a_time_limit(c, date, window):
            return
    v.gap(
        Status.PARTIAL,
        "urgency.date",
        M_(
            "The request is said to be urgent, with a reason, but no date is given by which "
            "the results are needed."
        ),
        R_("the date by which the results are needed, and what happens on that date"),
    )


def _a_time_limit(c: Context, date: re.Pattern[str], window: str) -> bool:
    """Whether a date in the window can be a time limit: not a date before the letter's own
    ("the accused, arrested on 30 September 2026, …" is a fact of the case)."""
    written = c.written
    past = dates_before(window, c.language, written) if written is not None else []
    return any(
        not any(start <= found.start() < end for start, end in past)
        for found in date.finditer(window)
    )


def _confidentiality(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    answer, where = c.answer("confidentiality", "required", "not_required")
    section = [i for i, _t in L.section_values("confidentiality")]
    asked = [
        h
        for h in [*c.affirmed("confidentiality", "required"), *_non_disclosure(c)]
        if not _in_title(L, h) and not _of_something_else(c, h)
    ]
    required = asked + _flag_lines(c, "confidentiality")
    # A marking on every page ("Для служебного пользования", "RESTRICTED") does not outweigh
    # the letter's own "no particular confidentiality is required".
    not_required = L.cue("confidentiality", "not_required") or (
        []
        if asked
        else [h for h in c.denied("confidentiality", "required") if not _of_something_else(c, h)]
    )
    if (answer == "no" and where is not None) or not_required:
        v.cite(L, not_required or [where] if where is not None else not_required)
        v.status = Status.OK
        return v
    if not required and not section:
        v.gap(
            Status.MISSING,
            "confidentiality",
            M_("The letter does not say whether the request must be kept confidential."),
            R_("whether the request and its contents must be kept confidential, and if so why"),
        )
        return v
    # The reason may come in the next sentence or paragraph ("the suspect is still at large").
    places = _following(L, required) | set(section)
    reason = L.cue("confidentiality", "reason", places) or _labelled_reason(L, "confidentiality")
    v.cite(L, [*required, *(Hit(i, 0, 0) for i in section)], 1)
    if not reason:
        v.gap(
            Status.PARTIAL,
            "confidentiality.reason",
            M_("Confidentiality is asked for, but the letter does not say why."),
            R_(
                "why the request must be kept confidential, so that we can judge what "
                "execution without disclosure requires"
            ),
        )
        return v
    v.cite(L, reason, 1)
    v.status = Status.OK
    if not L.cue("confidentiality", "consult"):
        v.warn(
            "confidentiality.consult",
            M_(
                "The letter does not ask to be consulted if confidentiality cannot be kept; "
                "tell the requesting authority before executing if that happens (UNTOC 18(20))."
            ),
        )
    return v


def _flag_lines(c: Context, point: str) -> list[Hit]:
    """A line that is only a marking ("STRICTLY CONFIDENTIAL", "MUY URGENTE", "سري للغاية"):
    the point asked for, if with no reason yet."""
    L = c.letter
    flag = L.cues.group(point, "flag")
    if flag is None:
        return []
    return [
        Hit(i, 0, len(p.text))
        for i, p in enumerate(L.passages)
        if flag.fullmatch(p.text.strip(" .:;*!\t"))
    ]


def _of_something_else(c: Context, hit: Hit) -> bool:
    """A word of secrecy that describes a document, data or another secrecy, not the request:
    "a confidential memorandum of the board", "confidential client data", "bank secrecy shall
    not be a ground for refusal" (groups `described` and `other_secrecy`)."""
    text = c.letter.passages[hit.index].text
    for name in ("described", "other_secrecy"):
        pattern = c.letter.cues.group("confidentiality", name)
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if match.start() < hit.end and match.end() > hit.start:
                return True
    return False


def _non_disclosure(c: Context) -> list[Hit]:
    """A disclosure denied is confidentiality asked: "that neither the company nor any account
    holder be informed", "ne pas aviser le titulaire", "no se notifique al cliente", "не
    уведомлять владельца", "عدم إبلاغ المتهم" — outside the parts that tell the case, where
    "the bank did not inform its client" is a fact."""
    return [
        hit
        for hit in c.denied("confidentiality", "disclosure")
        if c.letter.section[hit.index] not in _NARRATIVE
    ]


_ANNEX_TITLE = re.compile(r"^\s*(?:annex|annexe|anexo|приложение|pièce|enclosure)\b", re.IGNORECASE)


def _in_title(L: Letter, hit: Hit) -> bool:
    """A cue in the title of an annex or a document ("Annex C: confidential bank records")
    names that document; it asks nothing."""
    text = L.passages[hit.index].text
    return bool(_ANNEX_TITLE.match(text)) and len(text.split()) <= 12


def _legal_basis(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    # "There is no treaty between our States" is no treaty; a contract between two companies
    # ("Договор № 27/04, заключённый между ООО …", "Acordo de Parceria entre as empresas") is
    # not one either, and neither is a memorandum between persons.
    found = c.affirmed("legal_basis", "instrument")
    private = [h for h in found if _private(L, h)]
    instruments = [h for h in found if h not in private]
    reciprocity = c.affirmed("legal_basis", "reciprocity")
    section = [i for i, _t in L.section_values("legal_basis")]
    if instruments:
        v.cite(L, instruments, 2)
        v.status = Status.OK
        _check_parties(c, v)
        return v
    if reciprocity:
        _reciprocity(c, v, reciprocity)
        return v
    national = _national_law(c, section, private)
    if national:
        v.cite(L, national, 1)
        v.gap(
            Status.PARTIAL,
            "legal_basis",
            M_(
                "The request rests on the requesting State's own law only: no treaty, "
                "convention or undertaking of reciprocity is given."
            ),
            R_(
                "the treaty or convention under which the request is made, or, failing one, an "
                "undertaking of reciprocity"
            ),
        )
        if private:
            _private_agreement(v)
        return v
    if private:
        v.cite(L, private, 1)
        v.status = Status.MISSING
        _private_agreement(v)
        return v
    if section:
        v.cite(L, section, 2)
        v.gap(
            Status.PARTIAL,
            "legal_basis",
            M_("A legal basis is announced, but no treaty or convention could be recognised."),
            R_("the treaty, convention or arrangement under which the request is made"),
        )
        return v
    v.gap(
        Status.MISSING,
        "legal_basis",
        M_("No legal basis is given: no treaty, convention or reciprocity."),
        R_(
            "the treaty or convention under which the request is made, or, failing one, an "
            "undertaking of reciprocity"
        ),
    )
    return v


def _reciprocity(c: Context, v: Verdict, reciprocity: list[Hit]) -> None:
    L = c.letter
    v.cite(L, reciprocity, 1)
    # The undertaking may stand in a footnote or another paragraph: the whole letter is read.
    undertaking = c.affirmed("legal_basis", "undertaking")
    if undertaking:
        v.cite(L, undertaking, 1)
        v.status = Status.OK
        return
    v.gap(
        Status.PARTIAL,
        "legal_basis.undertaking",
        M_(
            "The request relies on reciprocity, but the letter gives no undertaking to "
            "reciprocate in a similar case."
        ),
        R_(
            "an undertaking to reciprocate in a similar case, since the request relies on "
            "reciprocity"
        ),
    )


def _private_agreement(v: Verdict) -> None:
    v.gap(
        Status.MISSING if v.status is Status.MISSING else Status.PARTIAL,
        "legal_basis.instrument",
        M_(
            "The agreement the letter gives as its legal basis is one between persons or "
            "companies, not a treaty between States."
        ),
        R_(
            "the treaty or convention between our States under which the request is made (a "
            "contract between companies is not one)"
        ),
    )


def _national_law(c: Context, section: list[int], private: list[Hit]) -> list[Hit]:
    """The requesting State's own law given as the basis: in the legal-basis part, in the
    passage that invokes a private agreement, or in one about the request itself ("This letter
    of request is issued under section 166A of the Code of Criminal Procedure")."""
    places = set(section) | {hit.index for hit in private}
    if not places:
        places = {hit.index for hit in c.letter.cue("legal_basis", "request")}
    return c.affirmed("legal_basis", "national_law", sorted(places)) if places else []


_PRIVATE_REACH = 120  # how far after "agreement" its private parties are named
_SENTENCE_BREAK = re.compile(r"[.;؛]\s")


def _private(L: Letter, hit: Hit) -> bool:
    """Whether an "agreement" found is a private one: between persons or companies, named in
    the same sentence. A convention the cue files name (UNTOC, the 1959 Convention) never is."""
    text = L.passages[hit.index].text
    if any(pattern.search(text, hit.start, hit.end) for pattern in L.cues.instruments.values()):
        return False
    # A memorandum of understanding between police forces or agencies binds no State.
    memorandum = L.cues.group("legal_basis", "memorandum")
    if memorandum is not None and memorandum.match(text, hit.start):
        return True
    private = L.cues.group("legal_basis", "private")
    if private is None:
        return False
    if _private_at(text, private, hit.start, hit.end):
        return True
    # "the Partnership Agreement referred to above": its parties are named where it was first
    # mentioned, so the same title elsewhere in a sentence naming companies makes it private.
    title = " ".join(text[hit.start : hit.end].split()[:4])
    if len(title.split()) < 3:
        return False
    for passage in L.passages:
        at = passage.text.find(title)
        if at >= 0 and _private_at(passage.text, private, at, at + len(title), before=True):
            return True
    return False


def _private_at(
    text: str, private: re.Pattern[str], start: int, end: int, before: bool = False
) -> bool:
    """Whether the sentence of an agreement named at start:end names private parties."""
    stop = _SENTENCE_BREAK.search(text, end, min(len(text), end + _PRIVATE_REACH))
    if before:
        starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
        start = starts[-1] if starts else 0
    return bool(private.search(text, start, stop.start() if stop else end + _PRIVATE_REACH))


def _check_parties(c: Context, v: Verdict) -> None:
    """An instrument one of the States is not bound by is a finding (from the States' profiles):
    a gap when the letter rests on nothing else, a warning when it also cites an instrument that
    no profile says is not in force between them (the request still has a basis)."""
    unbound: list[tuple[str, StateProfile, str]] = []  # instrument, profile, its status there
    for code in c.instruments:
        for profile, partner in (
            (c.requested_profile, c.requesting_state),
            (c.requesting_profile, c.requested_state),
        ):
            if profile is None:
                continue
            status = profile.instrument(code)
            if status is None:
                continue  # the profile does not say: no finding either way
            if not profile.is_party(code, partner):
                standing = str(getattr(status.status, "value", status.status))
                unbound.append((code, profile, standing.replace("_", " ")))
    another_basis = bool(set(c.instruments) - {code for code, _profile, _standing in unbound})
    for code, profile, standing in unbound:
        message = M_(
            "The letter relies on %(instrument)s, but according to its profile "
            "%(state)s is not bound by it with this State (%(status)s)."
        ) % {
            "instrument": code,
            "state": Named(profile.code, profile.name),  # "the United Arab Emirates", not "AE"
            "status": standing,
        }
        if another_basis:
            v.warn("legal_basis.instrument", message)
            continue
        v.gap(
            Status.PARTIAL,
            "legal_basis.instrument",
            message,
            R_(
                "another legal basis than %(instrument)s, by which %(state)s is not bound, "
                "or an undertaking of reciprocity"
            )
            % {"instrument": KNOWN_INSTRUMENTS[code].code, "state": profile.code},
        )


def _facts(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    # "Please provide the date of birth of X": identifiers asked for do not identify anyone.
    requested = _request_places(c)
    identifiers = [
        hit
        for hit in L.cue("facts", "identifiers") + L.common("identifiers")
        if not _requested(L, hit, *requested)
    ]
    narrative = [
        h for h in L.cue("facts", "narrative") if not _in_label(L.passages[h.index].text, h)
    ]
    # A facts part that only identifies a person ("Persona investigada: X, nacido el…") tells
    # no facts.
    section = [
        i
        for i, text in L.section_values("facts")
        if i in _indices(narrative)
        or _sentence_words(L, i) >= _STORY_WORDS
        or i not in _indices(identifiers)
    ]
    # A long sentence that identifies a person (born on..., passport...) tells facts, whatever
    # its verbs: "Attendu qu'il résulte de l'instruction que M. X, né le...", also when the
    # letter's lines break it in several passages.
    narrative = narrative + [h for h in identifiers if _sentence_words(L, h.index) >= _STORY_WORDS]
    if not section and not narrative:
        v.gap(
            Status.MISSING,
            "facts",
            M_("No summary of the facts could be found."),
            R_(
                "a summary of the relevant facts: what happened, when and where, and why the "
                "evidence is in our State"
            ),
        )
        return v
    v.cite(L, [*(Hit(i, 0, 0) for i in section), *narrative], 1)
    identifiers = _suspects_particulars(c, identifiers)
    if identifiers:
        v.cite(L, identifiers, 1)
        v.status = Status.OK
    else:
        v.gap(
            Status.PARTIAL,
            "facts.persons",
            M_(
                "The persons concerned are not identified beyond a name: no date of birth, "
                "nationality or identity document."
            ),
            R_(
                "the full identification of the persons concerned: full name, date and place "
                "of birth, nationality, identity document numbers and known addresses"
            ),
        )
    return v


_STORY_WORDS = 20  # the words of a sentence that tells facts, beyond a person's particulars


def _suspects_particulars(c: Context, identifiers: list[Hit]) -> list[Hit]:
    """The particulars that identify the persons the letter investigates."""
    suspects = _suspects(c.letter)
    if suspects:
        # Others' dates of birth (victims, witnesses, a bank's officer) do not identify the
        # persons the letter says it is investigating.
        return identifiers if _identified(c.letter, suspects[0], identifiers) else []
    # No suspect named by those words: the particulars of the victims or witnesses ("Among the
    # injured persons are: citizen X, 12.05.1961 year of birth") or a company's ("Ltd,
    # registration No. HE 000412") identify no one the letter investigates.
    return [h for h in identifiers if not _someone_else_s_particulars(c, h)]


def _someone_else_s_particulars(c: Context, hit: Hit) -> bool:
    """Particulars in a sentence about victims or witnesses (cue group facts.others), or just
    after a company's name ("… Ltd, registration No. …", "… S.L., con domicilio en Jaén")."""
    L = c.letter
    text = L.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    others = L.cues.group("facts", "others")
    if others is not None and others.search(text, start, end):
        return True
    # "… S.L., con domicilio en Jaén" is the company's; "… of the company, Mr. RENATO ABREU,
    # born on …" is a person's (a title after the company's word).
    before = [
        word.lower().rstrip(".,")
        for word in _NAME_TOKEN.findall(text[max(start, hit.start - _COMPANY_REACH) : hit.start])
    ]
    companies = [k for k, word in enumerate(before) if word in _COMPANY_FORMS]
    titles = [k for k, word in enumerate(before) if word in _PERSON_TITLES]
    return bool(companies) and (not titles or titles[-1] < companies[-1])


_COMPANY_REACH = 60  # how far before particulars a company's form ("Ltd", "S.L.") makes them its


def _words(text: str) -> frozenset[str]:
    """A set of words written as one text (lists of small words read better so)."""
    return frozenset(text.split())


_NAME_PARTICLES = _words("al bin da das de del della di do dos e el ibn la le van von y")
_NOT_NAMES = _words(
    "a and as at detained detenida detenido detido el ela ele elle he her his il in la "
    "las le les los o on os presa preso presos she solto the they who он она"
)
_OF_THE = re.compile(r"\b(?:of|for) the\s*$|\b(?:del|de la|du|de l'|do|da|dos|das)\s*$", re.I)
_COMPANY_FORMS = _words(
    "ag banco bank banque bv co company corp gmbh inc lda limited llc ltd ltda nv plc s.a "
    "s.a.c s.a.s s.l s.r.l sa sac sarl sas sl srl ао банк зао ип оао ооо пао"
)
_PERSON_TITLES = _words(
    "dr gr m madame mlle mme monsieur mr mrs ms senhor senhora señor señora sr sra гр "
    "гражданин гражданка"
)
_TITLES = _PERSON_TITLES | _words(
    "chamada chamado don dona doña dénommé dénommée llamada llamado mister name named names "
    "nom nombre nome nommé nommée person persons sres гражданина гражданки имя фио is was are "
    "were being namely est es é являлся является"
)
"""Words skipped before a name: titles, "named", a label's "Name", the verb of "is Mr. X"."""
_WITH = _words("and avec com con e et with y и с со")
_AGAINST = _words("against contre contra")
_TITLE_AFTER = re.compile(
    r"\s+(?:(?:the )?(?:suspects?|accused) )?(?:Mr|Mrs|Ms|Dr|M|Mme|Sr|Sra|Sres|Don|Doña|Dona)\b\.?\s"
)
_NAME_TOKEN = re.compile(r"(?<![\w.\-/@])[^\W\d_][\w'’.-]*")
_NAME_WINDOW = 300
"""How far after a person's name their particulars may stand in the same passage."""


def _ends_with_title(text: str) -> bool:
    """Whether `text` ends with a personal title ("…the suspect Mr."): its full stop ends no
    sentence."""
    words = text.split()
    return bool(words) and words[-1].rstrip(".").lower() in _PERSON_TITLES


def _suspects(L: Letter) -> list[list[str]]:
    """The stems of the names of the persons the letter calls suspects or accused ("the
    suspect Kerem Aydoğdu", «обвиняемый САВИЦКИЙ Игорь Владимирович», "el imputado Juan
    PÉREZ"); none where no name follows those words (Arabic script has no capitals to tell a
    name by). The stems are the name's words of four letters or more, cut to five letters, so
    that a Russian surname is found in its other cases."""
    suspects: list[list[str]] = []
    for hit in L.cue("facts", "suspect"):
        passage = L.passages[hit.index].text
        text = passage[hit.end : hit.end + 120]
        if _OF_THE.search(passage[max(0, hit.start - 12) : hit.start]) and text.startswith(","):
            continue  # "the defence counsel of the accused, Dr. X": someone else's name
        if passage[hit.start : hit.end].lower() in _AGAINST and not _TITLE_AFTER.match(text):
            continue  # "against Mr. X", not "the Convention against Transnational Organized Crime"
        words: list[str] = []
        for match in _NAME_TOKEN.finditer(text):
            token = match.group(0).rstrip(".,")
            between = text[: match.start()].rstrip()
            if words and between and between[-1] in ",;:()":
                break  # a comma ends the name ("the suspect X, born…")
            if "|" in between or "\t" in between or any(ch.isdigit() for ch in between):
                break  # a table's cells ("The persons accused" | "Accused 1 Accused 2")
            if not words and re.search(r"[.!?;]\s*$", between) and not _ends_with_title(between):
                break  # the sentence ended: "…against the suspect. The bank…"
            if not words and token.lower().rstrip(".") in _TITLES:
                continue
            if not words and token.lower() in _NOT_NAMES:
                break
            if token[:1].isupper():
                words.append(token)
                if len(words) == 4:
                    break
            elif not (words and token.lower() in _NAME_PARTICLES):
                break
        if any(word.lower().rstrip(".") in _COMPANY_FORMS for word in words):
            continue  # a company: its particulars are a register's, not a person's
        stems = [word[:5].lower() for word in words if len(word.rstrip(".")) >= 4]
        if stems and (len(words) >= 2 or words[0].isupper()) and stems not in suspects:
            suspects.append(stems)
    return suspects


_ANOTHER_SENTENCE = re.compile(
    r"(\w+)[.!?]\s+(?!(?:He|She|His|Her|Il|Elle|Él|Ella|Ele|Ela|Он|Она)\b)[^\W\d_]"
)
"""A sentence's end, and the next one not about the same person (not "He was born…")."""


def _another_name(text: str, stems: list[str]) -> bool:
    """Whether `text` (from a person's name to particulars) leaves the person on the way: a
    sentence ends (but for "He", "She"), a title stands before a capitalised word ("…with the
    director Mr. Bekzod Eshmatov (born…"), or two capitalised words follow "and", "with"
    ("…Aydoğdu, together with the suspects Serdar Koç (TR ID No…)"). Two capitalised words
    alone may be a nationality ("a South African citizen")."""
    for end in _ANOTHER_SENTENCE.finditer(text):
        if len(end.group(1)) > 3 and text[end.end() - 1].isupper():  # not "Mr.", "No."
            return True  # the next sentence is about someone or something else
    tokens = [match.group(0) for match in _NAME_TOKEN.finditer(text)]
    for position, token in enumerate(tokens):
        after = tokens[position + 1 : position + 5]
        if not after:
            return False
        bare = token.lower().rstrip(".")
        if bare in _PERSON_TITLES and after[0][:1].isupper() and after[0][:5].lower() not in stems:
            return True
        if bare in _WITH:
            rest = list(itertools.dropwhile(lambda word: word[:1].islower(), after))
            if len(rest) >= 2 and all(
                word[:1].isupper() and word[:5].lower() not in stems for word in rest[:2]
            ):
                return True
    return False


_NOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\d{1,3}|[*†])\s+\S")


def _is_note(L: Letter, index: int) -> bool:
    """A footnote or endnote: read from Word as one, or, in a text or PDF, a passage of the last
    third that starts with its number and no full stop ("1 Né le 9 juillet 1990…")."""
    passage = L.passages[index]
    if passage.location.startswith(("footnote", "endnote")):
        return True
    return index >= len(L.passages) * 2 // 3 and _NOTE_MARK.match(passage.text) is not None


_PARTICULAR = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./](?:19[3-9]\d|200\d)\b|\b(?:19[3-9]\d|200\d)-\d{2}-\d{2}\b"
    r"|\bID\b|№\s*\d|\b[A-Z]{1,3}\s?\d{6,}\b"
)
"""A person's particulars without their words: a date of birth (an adult's: 1930-2009),
"ID", a document's number."""
_PARTICULAR_WINDOW = 120


def _identified(L: Letter, stems: list[str], identifiers: list[Hit]) -> bool:
    """Whether the particulars found follow a mention of the person: in the same passage,
    within a few lines of the name, or in the short lines after it (a table's or a block's
    "Date of birth:", "Passport:")."""
    mentions = [
        (index, match.start())
        for index, passage in enumerate(L.passages)
        for match in _NAME_TOKEN.finditer(passage.text)
        if match.group(0)[:5].lower() in stems
    ]
    for index, start in mentions:
        # "FERREL Jonas, 03.05.1980, …", "AYDOĞDU Kerem (TR ID No. 12345678901)": a date or a
        # number of a person's document right after the name, without the words for them.
        text = L.passages[index].text
        after = _PARTICULAR.search(text, start, start + _PARTICULAR_WINDOW)
        if after and not _another_name(text[start : after.start()], stems):
            return True
    for hit in identifiers:
        if _is_note(L, hit.index):
            return True  # a name's footnote gives its particulars ("EL GHAZI¹")
        for index, start in mentions:
            if (
                index == hit.index
                and start <= hit.start <= start + _NAME_WINDOW
                and not _another_name(L.passages[index].text[start : hit.start], stems)
            ):
                return True
            if 0 < hit.index - index <= 3 and all(
                len(L.passages[between].text) < 150 for between in range(index + 1, hit.index + 1)
            ):
                return True
    return False


def _sentence_words(L: Letter, index: int) -> int:
    """The words of a passage, with the passages that go on with its sentence (a line that
    ends without a full stop goes on in the next) and those it goes on from."""
    first = index
    while first > 0 and not TERMINAL.search(L.passages[first - 1].text) and index - first < 4:
        first -= 1
    last = index
    while last + 1 < len(L.passages) and not TERMINAL.search(L.passages[last].text):
        last += 1
        if last - index >= 4:
            break
    return sum(len(L.passages[i].text.split()) for i in range(first, last + 1))


_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\w{1,4}\)|[a-zа-я][.)]|[-•*–])\s*", re.I
)


def _requested(L: Letter, hit: Hit, places: set[int], asking: dict[int, int]) -> bool:
    """Whether a hit lies in the assistance requested (`places` and `asking` as
    `_request_places` gives them): its part of the letter, the sentence that asks, or an item
    of the list that follows "we ask you to:"."""
    if hit.index not in places:
        # "Please provide, for the account holder: full name, date of birth," goes on in the
        # next line of the letter.
        previous = hit.index - 1
        while previous >= 0 and not TERMINAL.search(L.passages[previous].text):
            if L.passages[previous].text.rstrip().endswith(":"):
                break
            if previous in places:
                return previous not in asking or asking[previous] < len(L.passages[previous].text)
            previous -= 1
            if hit.index - previous > 4:
                break
        return False
    if hit.index in asking:
        return hit.start >= asking[hit.index]
    return L.section[hit.index] == "assistance" or bool(_NUMBERED.match(L.passages[hit.index].text))


def _offences(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    section = [i for i, _t in L.section_values("offences")]
    # "The witness has no previous offences", "condenado em 2015 por furto": a criminal
    # record is not the offence of the request.
    offence = [h for h in L.cue("offences", "offence") if not _in_record(L, h)]
    named = [h for h in L.cue("offences", "named") if not _in_record(L, h)]
    if not section and not offence and not named:
        v.gap(
            Status.MISSING,
            "offences",
            M_("No offence is named."),
            R_(
                "the offences under investigation, the provisions of your law that define them, "
                "their maximum penalties, and the text of those provisions"
            ),
        )
        return v
    places = set(section) | _indices(offence) | _indices(named)
    text_places = places | {i + 1 for i in places} | set(section)
    provision = L.cue("offences", "provision", text_places)
    penalty = _penalties(L, text_places)
    # "Annexed" says something of the law only beside an offence or a provision.
    legal = set(section) | _indices(offence) | _indices(provision)
    law_text = _law_text(c, legal | {i + 1 for i in legal})
    v.cite(L, [*(Hit(i, 0, 0) for i in section), *offence, *named], 1)
    v.cite(L, [*penalty, *law_text], 2)
    v.status = Status.OK
    if not provision or not (offence or section):
        v.gap(
            Status.PARTIAL,
            "offences.provision",
            M_("An offence is mentioned, but not the provision of the law that defines it."),
            R_("the provision of your law that defines each offence"),
        )
    if not penalty:
        v.gap(
            Status.PARTIAL,
            "offences.penalty",
            M_("The maximum penalty for the offence is not given."),
            R_("the maximum penalty for each offence"),
        )
    if not law_text:
        v.gap(
            Status.PARTIAL,
            "offences.law_text",
            M_("The text of the law is neither quoted nor said to be annexed."),
            R_("the text of the provisions that define the offences and their penalties"),
        )
    return v


_MEASURE_REACH = 100  # how far from "imprisonment" its measure ("five years") may stand


def _in_record(L: Letter, hit: Hit) -> bool:
    """Whether an offence is named in a sentence about a criminal record or a past conviction."""
    record = L.cues.group("offences", "record")
    text = L.passages[hit.index].text
    return record is not None and bool(
        record.search(text, *_sentence_around(text, hit.start, hit.end))
    )


def _penalties(L: Letter, places: set[int]) -> list[Hit]:
    """The penalties given with their measure ("up to five years' imprisonment", "пяти лет
    лишения свободы", "multa de 100 días", "(art. 435-3 C. pén., dix ans)"): "punished by
    imprisonment and a fine" says no penalty a court could weigh. The measure may stand in
    the next line of the same sentence. A language without measures takes any penalty word."""
    penalty = L.cue("offences", "penalty", places)
    measure = L.cues.group("offences", "measure")
    if measure is None:
        return penalty
    found = []
    for hit in penalty:
        text = _run_text(L, hit.index)
        if measure.search(text, max(0, hit.start - _MEASURE_REACH), hit.end + _MEASURE_REACH):
            found.append(hit)
    return found or [
        h
        for h in L.cue("offences", "measure", places)
        if not _in_record(L, h) and _DURATION.search(L.passages[h.index].text, h.start, h.end)
    ]


# A measure that is a duration, not an amount (the cheque's "2,400,000 جنيه" is no penalty).
_DURATION = re.compile(
    r"year|an[s]?\b|année|año|ano|лет|год|месяц|سن|عام|month|mois|mes|شهر|life|perp|пожизн|مؤبد",
    re.IGNORECASE,
)


_RUN_PASSAGES = 6  # the most lines one sentence of a letter is read across


def _run_text(L: Letter, index: int) -> str:
    """A passage's text followed by the passages that go on with its sentence (a line that
    ends without a full stop, outside tables), joined by a space: offsets in the passage stay
    true."""
    parts = [L.passages[index].text]
    last = index
    while (
        last + 1 < len(L.passages)
        and last - index < _RUN_PASSAGES
        and not TERMINAL.search(L.passages[last].text)
        and not L.passages[last].table
        and not L.passages[last + 1].table
    ):
        last += 1
        parts.append(L.passages[last].text)
    return " ".join(parts)


# A quotation: «…», “…”, „…“ or "…" (straight quotes paired in order, short ones consumed).
_QUOTATION = re.compile(r"«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|\"([^\"]*)\"")
_QUOTED_LAW_CHARS = 40


def _quotation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of a passage, whatever their length."""
    spans = []
    for match in _QUOTATION.finditer(text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        spans.append((match.start(group), match.end(group)))
    return spans


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations of a passage long enough to hold a provision."""
    spans = []
    for match in _QUOTATION.finditer(text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        if match.end(group) - match.start(group) >= _QUOTED_LAW_CHARS:
            spans.append((match.start(group), match.end(group)))
    return spans


def _law_text(c: Context, places: set[int]) -> list[Hit]:
    """Where the text of the law is given: said to be annexed or quoted near the offences
    ("text in Annex B"; not "law text: not attached", not "will follow"), or quoted verbatim
    anywhere, footnotes and annexes included: a quotation, a passage that reads as a penal norm
    ("Whoever…", "Quiconque…", "El que…", "… — наказывается"), or a provision followed by a
    colon and its wording ("Article 313-1 : L'escroquerie est … punie de cinq ans …").
    """
    L = c.letter
    # "The text of these provisions is in Annex II" may stand anywhere; "annexed" alone only
    # beside the offences, in a sentence that names a provision.
    said = [
        hit
        for hit in c.affirmed("offences", "law_text")
        + [h for h in c.affirmed("offences", "annexed", places) if _names_a_provision(L, h)]
        if not _not_given(L, hit)
    ]
    norm = L.cues.group("offences", "norm")
    penalty = L.cues.group("offences", "penalty")
    if norm is None:
        return said
    quoted: list[Hit] = []
    for index, passage in enumerate(L.passages):
        # A quotation may run over several lines of the letter.
        text = _run_text(L, index)
        spans = [(a, b) for a, b in _quotations(text) if a < len(passage.text)]
        for start, end in spans:
            if (
                norm.search(text, start, end)
                or (penalty is not None and penalty.search(text, start, end))
                or _cited_before(L, text, start)
                or (start <= _LEAD_IN_GAP and _announced_above(L, index))
            ):
                quoted.append(Hit(index, start, min(end, len(passage.text))))
        if not spans and len(passage.text.split()) >= 12:
            found = norm.search(passage.text)
            if found and penalty is not None and penalty.search(passage.text):
                quoted.append(Hit(index, found.start(), found.end()))
            elif not found:
                quoted += _provision_then_wording(L, index)
    return said + _law_text_rows(c) + _annexed_provisions(L) + quoted


# The list of annexes, or one annex's title: "Anexos: I — …; II — Artigo 502 do Código Penal",
# "Annex A — Articles 205 and 368-A of the Criminal Code", "Приложения: 1) выписка из УК РФ".
_ANNEX_LIST = re.compile(
    r"^\W*(?:annex(?:es|e)?|appendix|appendices|schedules?|anexos?|annexes?|приложени[еяй]|"
    r"المرفقات|مرفقات|مرفق|الملحقات|الملحق|附件)\b",
    re.IGNORECASE,
)


def _annexed_provisions(L: Letter) -> list[Hit]:
    """The text of the law given in an annex the letter lists: an entry of its list of annexes
    (or an annex's own title) that names a provision of the law."""
    provision = L.cues.group("offences", "provision")
    if provision is None:
        return []
    hits = []
    for index, passage in enumerate(L.passages):
        opening = _ANNEX_LIST.match(passage.text)
        if opening is None:
            continue
        found = provision.search(passage.text, opening.end())
        if found is not None:
            hits.append(Hit(index, found.start(), found.end()))
        elif (cell := _next_cell(L, index)) is not None:  # "Annex 3" | "Extracts: ss. 45, 46"
            found = provision.search(L.passages[cell].text)
            if found is not None:
                hits.append(Hit(cell, found.start(), found.end()))
    return hits


def _next_cell(L: Letter, index: int) -> int | None:
    """The next cell of a table row whose cell `index` is (a label's value), if any."""
    passage = L.passages[index]
    if passage.table and index + 1 < len(L.passages):
        following = L.passages[index + 1]
        if following.table == passage.table and following.location == passage.location:
            return index + 1
    return None


def _law_text_rows(c: Context) -> list[Hit]:
    """A form row about the text of the law whose value gives it or points to it ("Text of
    the law: see Annex 4", "نص المادة: انظر المرفق رقم (4)"), not one that denies it ("Texto
    da lei: não anexado", "Texto legal: no se acompaña")."""
    L = c.letter
    rows = []
    for hit in L.cue("offences", "law_text"):
        text = L.passages[hit.index].text
        colon = text.find(":", hit.end)
        cell = _next_cell(L, hit.index)
        if colon < 0 and cell is not None and len(text.split()) <= _LABEL_WORDS:
            # the label in a cell of its own, its value in the next ("Text of the law" |
            # "Yes – see Annex 3.")
            text, colon, hit = L.passages[cell].text, -1, Hit(cell, 0, 0)
        elif colon < 0 or not _in_label(text, hit):
            continue
        if len(text[colon + 1 :].split()) < 2:
            continue
        value = Hit(hit.index, colon + 1, len(text))
        negation = c.polarity.negation
        denied = negation is not None and negation.search(text, value.start, value.end)
        if not denied and not _not_given(L, hit):
            rows.append(value)
    return rows


def _not_given(L: Letter, hit: Hit) -> bool:
    """Whether the text of the law is said not to be given, after the cue in its sentence
    ("Texto da lei: não anexado", "نص القانون: غير مرفق") — in every language, whether or not
    its polarity words are known."""
    not_given = L.cues.group("offences", "not_given")
    if not_given is None:
        return False
    text = L.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    near = text[max(start, hit.start - _NOT_GIVEN_BEFORE) : end]
    return bool(not_given.search(near.replace(":", " ")))


_NOT_GIVEN_BEFORE = 15  # "غير مرفق", "non joint": the negation just before the cue


_CITED_REACH = 80  # how far before a quotation the provision it quotes is named


def _cited_before(L: Letter, text: str, start: int) -> bool:
    """Whether a quotation follows the provision it quotes ("Article 248 provides: «…»")."""
    provision = L.cues.group("offences", "provision")
    return provision is not None and bool(
        provision.search(text, max(0, start - _CITED_REACH), start)
    )


_LEAD_IN_GAP = 3  # how far into its passage a quotation announced above may start


def _announced_above(L: Letter, index: int) -> bool:
    """Whether the passage before announces the quotation that opens this one with the
    provision it quotes ("… del artículo 2 de la Ley …, que dispone:" / "«Comete el delito …»")."""
    if index == 0:
        return False
    before = L.passages[index - 1].text.rstrip()
    provision = L.cues.group("offences", "provision")
    return before.endswith(":") and provision is not None and bool(provision.search(before))


_WORDING_WORDS = 12  # the fewest words after "Article 313-1:" that can be its wording


def _provision_then_wording(L: Letter, index: int) -> list[Hit]:
    """A provision, a colon, then its wording with a measured penalty: "Art. 159 УК: Мошенничество,
    то есть хищение … наказывается … до пяти лет"."""
    text = L.passages[index].text
    provision = L.cues.group("offences", "provision")
    if provision is None:
        return []
    for found in provision.finditer(text):
        colon = text.find(":", found.end(), found.end() + 80)
        if colon < 0:
            continue
        # The wording defines the offence before its penalty: "art. 496 : emprisonnement d'un
        # mois à cinq ans" gives the penalty only.
        penalty = _first_penalty(L, Hit(index, colon + 1, len(text)))
        if penalty is not None and len(text[colon + 1 : penalty].split()) >= _WORDING_WORDS:
            return [Hit(index, colon + 1, len(text))]
    return []


def _first_penalty(L: Letter, span: Hit) -> int | None:
    """Where the first penalty with its measure starts in a span of a passage."""
    text = L.passages[span.index].text
    penalty = L.cues.group("offences", "penalty")
    measure = L.cues.group("offences", "measure")
    for hit in penalty.finditer(text, span.start, span.end) if penalty else ():
        reach = (max(span.start, hit.start() - _MEASURE_REACH), hit.end() + _MEASURE_REACH)
        if measure is None or measure.search(text, *reach):
            return hit.start()
    return None


def _names_a_provision(L: Letter, hit: Hit) -> bool:
    """Whether the sentence of an "annexed" names a provision or the law ("Copies of sections
    1 and 2 are annexed"), rather than another document ("the summons attached")."""
    text = L.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    return any(
        pattern is not None and pattern.search(text, start, end)
        for pattern in (
            L.cues.group("offences", "provision"),
            L.cues.group("offences", "law_text"),
        )
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence that holds text[start:end]."""
    left, right = 0, len(text)
    for boundary in _SENTENCE_END.finditer(text):
        if boundary.end() <= start:
            left = boundary.end()
        elif boundary.start() >= end:
            right = boundary.start()
            break
    return left, right


def _assistance(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    places, asking = _request_places(c)
    if not places:
        v.gap(
            Status.MISSING,
            "assistance",
            M_("The letter does not say what assistance is requested."),
            R_(
                "the assistance you request, in specific terms: which persons, records or "
                "property, where, and for which period"
            ),
        )
        return v
    specific = _specific_items(L, places, asking)
    if specific:
        v.cite(L, sorted(specific), 2)
        v.status = Status.OK
        return v
    v.cite(L, sorted(places), 2)
    v.gap(
        Status.PARTIAL,
        "assistance.specific",
        M_(
            "The assistance requested is vague (for instance “any useful information”): say "
            "which records, persons or property, where, and for which period."
        ),
        R_(
            "a precise description of the assistance you need: which records, statements or "
            "property, held by whom and where, and for which period"
        ),
    )
    return v


_MAX_ITEMS = 15


def _request_places(c: Context) -> tuple[set[int], dict[int, int]]:
    """The passages that hold the assistance requested, and, for those where the request
    starts inside the passage, the offset of the sentence that asks."""
    L = c.letter
    section = [i for i, _t in L.section_values("assistance")]
    request = L.cue("assistance", "request")
    # Where the letter has a part headed "assistance requested", that part is the request;
    # elsewhere "we ask that..." may be about procedures or confidentiality.
    places = set(section) or (_indices(request) - _about_execution(c)) or _indices(request)
    # Outside a part of its own, a request is the sentence that asks ("we ask you to obtain…"),
    # not the whole passage, which may hold the facts or the urgency as well.
    asking = {} if section else {hit.index: hit.start for hit in request if hit.index in places}
    # "We ask you to:" followed by a list: the items belong to the request, numbered in the
    # text or by Word's automatic numbering (which leaves no number in the text).
    headings = _numbered_headings(L, "assistance")
    for index in sorted(places | set(headings)):
        if L.passages[index].text.rstrip().endswith(":") or index in headings:
            places.update(_items_after(L, index))
            asking.pop(index, None)
    # A request goes on in the lines that continue its sentence (not after a title line).
    for index in sorted(places):
        following = index
        while following + 1 < len(L.passages) and following - index < _RUN_PASSAGES:
            text = L.passages[following].text.rstrip()
            if TERMINAL.search(text) or text.endswith(":") or len(text.split()) < _LINE_WORDS:
                break
            following += 1
            places.add(following)
            if index in asking:
                asking.setdefault(following, 0)
    return places, asking


_LINE_WORDS = 6  # a shorter line is a title, not a sentence that goes on


# A heading numbered by an ordinal word or "5-" ("ثالثاً: المساعدة المطلوبة", "5- Measures").
_ORDINAL_HEADING = re.compile(
    r"^\s*(?:[\d٠-٩]{1,2}\s*[-–]|(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\w*"
    r"[\u064b-\u065f]*\s*[:\-–—])\s*"
)


def _numbered_headings(L: Letter, point: str) -> list[int]:
    """The passages that head a point's part under a numbering the letter's reading leaves in
    the text (an Arabic ordinal, "5-"), with nothing after the heading."""
    heading = L.cues.headings.get(point)
    found = []
    for index, passage in enumerate(L.passages):
        prefix = _ORDINAL_HEADING.match(passage.text)
        if heading is None or prefix is None or len(passage.text.split()) > 8:
            continue
        match = heading.match(passage.text[prefix.end() :])
        if match and not passage.text[prefix.end() + match.end() :].strip(" :.—–-"):
            found.append(index)
    return found


def _about_execution(c: Context) -> set[int]:
    """Passages whose "we ask" is about how or when to execute ("просим исполнить запрос в
    приоритетном порядке"), not about what to do: urgency, confidentiality, presence."""
    return (
        _indices(c.affirmed("urgency", "urgent"))
        | _indices(c.affirmed("confidentiality", "required"))
        | _indices(c.affirmed("presence_of_officials", "wish"))
    )


# The items of a request: its sentences, and the lines that open with a number or a bullet
# (a line break alone is no boundary: text from OCR or e-mail is wrapped anywhere).
_ITEMS = re.compile(
    r"(?:[^.;\n]|[.;](?!\s)|\n(?!\s*(?:\d{1,2}[.)]|\(\w{1,4}\)|[a-zа-я][.)]|[-•*–])\s))+"
)


def _specific_items(L: Letter, places: set[int], asking: dict[int, int]) -> list[int]:
    """The passages holding a specific item of assistance (a record, a person, an account, a
    period), item by item: a line asking for "any useful information" is vague whatever else
    its passage holds, and one vague line does not make its neighbours vague. In the passages
    of `asking`, the items start with the sentence that asks (at the given offset)."""
    vague = L.cues.group("assistance", "vague")
    words, marks = L.cues.group("assistance", "specific"), L.cues.common.get("specific")
    # The requesting authority's own e-mail address in its signature is no account to search.
    own = {(h.index, h.start) for h in L.common("contact") if not _someone_else_s(L, h)}
    found: list[int] = []
    for index in sorted(places):
        text = L.passages[index].text
        start = L.value_start[index]
        for item in _ITEMS.finditer(text[start:]):
            a, b = start + item.start(), start + item.end()
            if index in asking and b <= asking[index]:
                continue  # before the sentence that asks: facts, not the request
            if vague is not None and vague.search(text, a, b):
                continue
            marked = marks is not None and any(
                (index, m.start()) not in own for m in marks.finditer(text, a, b)
            )
            if marked or (words is not None and words.search(text, a, b)):
                found.append(index)
                break
    return found


def _items_after(L: Letter, index: int) -> list[int]:
    """The list items after an announcing passage ("… de bien vouloir :"): the passages that
    follow it until a heading or another point's part."""
    items: list[int] = []
    section = L.section[index]
    for following in range(index + 1, min(len(L.passages), index + 1 + _MAX_ITEMS)):
        text = L.passages[following].text
        numbered = bool(LIST_ITEM.match(text))
        if L.heading(text)[0] is not None or L.section[following] not in (None, section):
            break
        if not numbered and _in_label(text, Hit(following, 0, len(text))):
            break  # a heading the cues do not know
        items.append(following)
    return items


def _items_without_relevance(L: Letter) -> tuple[list[int], list[int]]:
    """In a table of measures with a relevance column ("Mesure | Pertinence"): the rows that
    give a relevance and the rows that leave it empty (passage indices)."""
    heading = L.cues.headings.get("relevance")
    given: list[int] = []
    empty: list[int] = []
    if heading is None:
        return given, empty
    rows_by_table: dict[int, list[int]] = {}
    for index, passage in enumerate(L.passages):
        if passage.table and passage.cells:
            rows_by_table.setdefault(passage.table, []).append(index)
    for rows in rows_by_table.values():
        header = L.passages[rows[0]].cells
        column = next((k for k, cell in enumerate(header) if heading.match(cell.strip())), None)
        if column is None or len(header) < 3:
            continue
        for index in rows[1:]:
            cells = L.passages[index].cells
            if len(cells) > column and cells[column].strip():
                given.append(index)
            elif any(cell.strip() for cell in cells):
                empty.append(index)
    return given, empty


def _relevance_statements(c: Context, given: list[int]) -> list[Hit]:
    """Where the letter says how the assistance serves the case: its cues (not where they
    give the reason of an urgency or a presence), its relevance part, a relevance column, and
    causal clauses under an item of assistance."""
    L = c.letter
    places, asking = _request_places(c)
    return (
        [h for h in L.cue("relevance", "present") if not _about_execution_sentence(c, h)]
        + [
            Hit(i, 0, 0)
            for i, text in L.section_values("relevance")
            if _says_something(text) and not _names_the_request(c, i, text, places)
        ]
        + [Hit(i, 0, 0) for i in given]
        # "… to June 2025, because the last transfers were made in March 2025": a reason
        # under an item of assistance.
        + [
            h
            for h in L.cue("relevance", "because", places)
            if _requested(L, h, places, asking) and not _about_execution_sentence(c, h)
        ]
    )


def _relevance(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    given, empty = _items_without_relevance(L)
    hits = _relevance_statements(c, given)
    if hits and empty:
        v.cite(L, [*empty, *(Hit(i, 0, 0) for i in given), *hits], 2)
        v.gap(
            Status.PARTIAL,
            "relevance.items",
            M_(
                "The relevance is explained for some items of assistance but not for others "
                "(the quoted row leaves it empty)."
            ),
            R_(
                "how each of the remaining items of assistance is connected to the "
                "investigation, in particular the items listed without an explanation"
            ),
        )
        return v
    if not hits:
        v.gap(
            Status.MISSING,
            "relevance",
            M_("The letter does not explain how the assistance requested relates to the case."),
            R_(
                "how each item of assistance is connected to the investigation: what you "
                "expect it to show and why it matters"
            ),
        )
        return v
    tied = _tied_reasons(c, [h for h in hits if h.index not in given])
    rest = _items_left_without_reason(c, hits)
    if rest and (given or tied):
        _relevance_for_some_items(v, L, [*(tied or hits), *rest])
        return v
    if given:
        v.cite(L, hits, 1)
        v.status = Status.OK
        return v
    if tied:
        v.cite(L, tied, 1)
        v.status = Status.OK
        return v
    v.cite(L, hits, 1)
    v.gap(
        Status.PARTIAL,
        "relevance.boilerplate",
        M_(
            "The relevance is stated only in general terms (“necessary for the investigation”): "
            "no reason names what an item of assistance will show."
        ),
        R_(
            "for each item of assistance, what you expect it to show and how that matters to "
            "the investigation (for instance, which transfers the bank records will trace)"
        ),
    )
    return v


def _relevance_for_some_items(v: Verdict, L: Letter, quoted: list[Hit]) -> None:
    v.cite(L, quoted, 2)
    v.gap(
        Status.PARTIAL,
        "relevance.items",
        M_(
            "The relevance is explained for some items of assistance but not for the others "
            "the letter also asks for."
        ),
        R_(
            "how each of the remaining items of assistance is connected to the "
            "investigation, in particular the items listed without an explanation"
        ),
    )


def _items_left_without_reason(c: Context, hits: list[Hit]) -> list[Hit]:
    """Items asked for after the explained ones with no reason of their own: "The statement of
    the witness is essential because he saw the suspect. The company records are also
    requested." — or the rest waved through ("the remaining requests are useful to the
    investigation"). Read where the relevance is stated: its part and the passages of its
    reasons."""
    L = c.letter
    places = _following(L, hits) | set(L.in_section("relevance"))
    because = L.cues.group("relevance", "because")
    vague = L.cues.group("assistance", "vague")
    left = []
    for hit in L.cue("relevance", "rest", places):
        text = L.passages[hit.index].text
        clause = c.polarity.clause(text, hit.start, hit.end)
        # "7.5 Outras diligências que as autoridades entendam úteis": a catch-all item asks
        # for nothing that needs a reason of its own.
        if vague is not None and vague.search(text, clause.start, clause.end):
            continue
        if because is None or not because.search(text, clause.start, clause.end):
            left.append(hit)
    return left


def _about_execution_sentence(c: Context, hit: Hit) -> bool:
    """Whether a reason is given, in its sentence, for the urgency, the confidentiality or the
    officials' presence ("to identify the accounts at once"): it then says nothing of what
    the evidence will show. Outside a relevance part only."""
    L = c.letter
    if L.section[hit.index] == "relevance":
        return False
    text = L.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    # "The request is not urgent; it is necessary to execute it in usual terms": a sentence
    # about the urgency, the secrecy or the officials speaks of the execution, whether it asks
    # for them or not.
    return any(
        other.index == hit.index and start <= other.start < end
        for point, group in _EXECUTION_CUES
        for other in L.cue(point, group, [hit.index])
    )


_EXECUTION_CUES = (
    ("urgency", "urgent"),
    ("confidentiality", "required"),
    ("presence_of_officials", "wish"),
)


def _names_the_request(c: Context, index: int, text: str, places: set[int]) -> bool:
    """A purpose row that only names the assistance asked ("Finalidade" | "Inquirição de
    testemunhas por videoconferência"): a few words, no reason, all found where the letter
    asks. It says what is requested, not how it serves the case."""
    L = c.letter
    if len(text.split()) > _NAMING_WORDS or L.cue("relevance", "because", [index]):
        return False
    if any(not _about_execution_sentence(c, h) for h in L.cue("relevance", "present", [index])):
        return False
    asked = set().union(*(_content_stems(L, L.passages[i].text) for i in places - {index}))
    named = _content_stems(L, text)
    return bool(named) and named <= asked


_NAMING_WORDS = 6  # the words of a row that names an item of assistance rather than explains it


def _says_something(text: str) -> bool:
    """A part's value that holds words, not "—", "n/a" or "…"."""
    return len(re.findall(r"[^\W\d_]{3,}", text)) >= 2


_OWN_CONTENT = 3  # the words a reason names beyond boilerplate to stand on its own


def _tied_reasons(c: Context, hits: list[Hit]) -> list[Hit]:
    """The reasons that name something of the case: beyond the vocabulary of boilerplate,
    their sentence names what the items or the facts name ("the bank records will show the
    transfers to Orenda"), or names enough things of its own ("the IP logs place the suspect
    at the café in Graz"); not "the evidence is necessary for a full investigation"."""
    L = c.letter
    stems = [_content_stems(L, passage.text) for passage in L.passages]
    tied = []
    for hit in hits:
        text = L.passages[hit.index].text
        span = _reason_span(L, hit)
        if span is None:
            continue
        start, end = span
        # "will assist the authorities of Trinidad and Tobago": the States' names tie nothing.
        reason = _content_stems(L, _without_the_states(c, text[start:end]))
        rest = _content_stems(L, text[:start] + " " + text[end:])
        elsewhere = set().union(rest, *(s for i, s in enumerate(stems) if i != hit.index))
        if reason & elsewhere or len(reason) >= _OWN_CONTENT:
            tied.append(hit)
    return tied


def _without_the_states(c: Context, text: str) -> str:
    """`text` without the names of the requesting and requested States."""
    for code in (c.requesting_state, c.requested_state):
        pattern = state_name_words(c.language, code) if c.language and code else None
        if pattern is not None:
            text = pattern.sub(" ", text)
    return text


def _reason_span(L: Letter, hit: Hit) -> tuple[int, int] | None:
    """Where the reason of a relevance cue is stated: its sentence, or the whole value of a
    relevance part. In a sentence that also asks, only the reason's own clause ("…information
    on the company and on X, which is of importance for the truth"); and a lead-in before the
    list of items ("In order to establish the facts, we request:") ties to no item. None for a
    lead-in."""
    text = L.passages[hit.index].text
    if hit.start == hit.end == 0:
        return L.value_start[hit.index], len(text)
    start, end = _sentence_around(text, hit.start, hit.end)
    if text[start:end].rstrip().endswith(":"):
        return None
    request = L.cues.group("assistance", "request")
    if request is None or not request.search(text, start, end):
        return start, end
    left = max((m.end() for m in re.finditer(r"[,;،]", text[start : hit.start])), default=0)
    right = re.search(r"[,;،]", text[hit.end : end])
    return start + left, hit.end + right.start() if right else end


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ARABIC_PREFIX = re.compile(r"^(?:وال|بال|كال|فال|لل|ال|و|ف|ب|ل)(?=\w{3})")
_ARABIC_LETTERS = str.maketrans("أإآٱةى", "ااااهي")


def _content_stems(L: Letter, text: str) -> set[str]:
    """The stems of the words of a text that name something: not stop words, not the
    vocabulary of boilerplate (cue group relevance.generic)."""
    generic = L.cues.group("relevance", "generic")
    stems = set()
    for word in _CONTENT_WORD.findall(text):
        lower = word.lower()
        arabic = "\u0621" <= lower[0] <= "\u064a"
        # "الحقيقة" is the boilerplate "حقيقة" with its article: read without it as well.
        bare = _ARABIC_PREFIX.sub("", lower) if arabic else lower
        if lower in L.cues.stopwords or (
            generic is not None and (generic.fullmatch(lower) or generic.fullmatch(bare))
        ):
            continue
        stems.add(bare.translate(_ARABIC_LETTERS)[:4] if arabic else lower[:5])
    return stems


def _procedures(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    translation = _indices(L.cue("language", "translation"))
    # The part about procedures is the best quote; then the procedures asked elsewhere.
    hits = [Hit(i, 0, 0) for i, _t in L.section_values("procedures")]
    hits += [
        h
        for h in L.cue("procedures", "present")
        if h.index not in translation
        and not _procedure_done(c, h)
        and not _translators_attestation(c.letter, h)
    ]
    hits += L.cue("procedures", "none") + _row_says_no(c, "procedures", "formality")
    # "Особых процедур исполнения не требуется", "No special formality is needed": a formality
    # denied is an explicit none.
    hits += c.denied("procedures", "formality")
    if hits:
        v.cite(L, hits, 1)
        v.status = Status.OK
    else:
        v.gap(
            Status.MISSING,
            "procedures",
            M_(
                "No procedure is asked for (oath, certification, form of the record): the "
                "evidence may not be admissible in the requesting State."
            ),
            R_(
                "any procedure our authorities should follow so that the evidence is "
                "admissible in your courts (oath, certification of copies, form of the record), "
                "or confirmation that none is needed"
            ),
        )
    return v


_TRANSLATED_BY = re.compile(
    r"(?i)\b(?:translation|traduction|traducción|tradução|перевод)\b[^.]{0,60}?"
    r"\b(?:done|made|carried out|effectuée|réalisée|faite|realizada|hecha|efectuada|feita|"
    r"выполнен\w*)\b|\btranslated (?:into \w+ )?by\b|\btraduite? (?:en \w+ )?par\b|"
    r"\btraducid[oa] (?:al \w+ )?por\b|\btraduzid[oa] (?:para o \w+ )?por\b|\bперевед\w+ |"
    # "Translator: sworn translator M. Aydemir": the translator's own line; "I, X, translator,
    # certify that this is a true translation", "Translator's signature".
    r"\b(?:translator|traducteur|traductrice|traductor|traductora|tradutor|tradutora)\s*:"
    r"|\btranslator(?:'s signature|, (?:hereby )?certify)"
)


def _translators_attestation(L: Letter, hit: Hit) -> bool:
    """A translator's line about the letter's own translation ("Translation from French into
    English done by the sworn translator Mr. X"): "sworn" there is no procedure asked."""
    text = L.passages[hit.index].text
    start, end = _sentence_around(text, hit.start, hit.end)
    return _TRANSLATED_BY.search(text, start, end) is not None


def _procedure_done(c: Context, hit: Hit) -> bool:
    """An oath or a record of the past, not a procedure asked: "the accused had already
    testified under oath in 2021", in a sentence of what was done (group procedures.done) —
    the sentence, not the part: a procedure asked in a paragraph that an OCR copy ran into the
    facts is still asked."""
    return _in_sentence(c, hit, "procedures", "done", absent=False)


# A person's name as letters write it: "Inspector Paul HAYES", "M. Jean Dupont", "И. В. Громов".
_OFFICIAL_NAME = re.compile(
    r"\b[A-ZÀ-ÝА-ЯЁ](?:[a-zà-ÿа-яё]+|\.)\s+(?:[A-ZÀ-ÝА-ЯЁ]\.\s*)?[A-ZÀ-ÝА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё-]+"
)


def _reason_naming(c: Context, point: str) -> list[Hit]:
    """The reasons given for a point in a sentence that names it by its heading's words,
    wherever the sentence is."""
    L = c.letter
    heading = L.cues.headings.get(point)
    if heading is None:
        return []
    found = []
    for hit in L.cue(point, "reason"):
        text = L.passages[hit.index].text
        start, end = _sentence_around(text, hit.start, hit.end)
        if heading.search(text[start:end]):
            found.append(hit)
    return found


def _presence(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    point = "presence_of_officials"
    answer, where = c.answer(point, "wish", "none")
    wish = [hit for hit in c.affirmed(point, "wish") if _officials_to_come(c, hit)]
    denied = [hit for hit in c.denied(point, "wish") if _officials_to_come(c, hit)]
    none = L.cue(point, "none") or ([] if wish else denied)
    if (answer == "no" and where is not None) or none:
        v.cite(L, none or [where] if where is not None else none)
        v.status = Status.OK
        return v
    wish += [Hit(i, 0, 0) for i, _t in L.section_values(point)]
    if not wish:
        v.gap(
            Status.MISSING,
            point,
            M_("The letter does not say whether its officials wish to be present at execution."),
            R_(
                "whether officials or other persons of your State wish to be present at the "
                "execution, and if so who and why"
            ),
        )
        return v
    v.cite(L, wish, 1)
    # The reason may follow in the next sentence or paragraph, without a connective, or be
    # given further on in a sentence that names the presence again ("وتعود الرغبة في الحضور
    # إلى أن…", "the attendance is requested because…").
    reason = L.cue(point, "reason", _following(L, wish)) or _reason_naming(c, point)
    if reason:
        v.status = Status.OK
        return v
    # Ask only for what is lacking: officials the letter names need no naming again.
    named = any(
        _OFFICIAL_NAME.search(L.passages[i].text) for i in _near(wish, 1) if i < len(L.passages)
    )
    v.gap(
        Status.PARTIAL,
        f"{point}.reason",
        M_("Officials wish to be present at execution, but the letter does not say why."),
        R_("why the presence of the officials named in the request is needed")
        if named
        else R_(
            "the names and functions of the officials who wish to be present, and why "
            "their presence is needed"
        ),
    )
    return v


def _officials_to_come(c: Context, hit: Hit) -> bool:
    """A wish of the requesting State's officials to attend, not the defence's ("counsel for
    the suspect asked to be present"), nor a measure already done at home "in the presence of"
    an investigator — which the parts that tell the case are full of."""
    point = "presence_of_officials"
    if c.letter.section[hit.index] in _NARRATIVE:
        return False
    return not _defence_asks(c, hit) and not _in_sentence(c, hit, point, "done", absent=False)


def _defence_asks(c: Context, hit: Hit) -> bool:
    """Whether the wish is the defence's: counsel named before it in its sentence ("counsel for
    the suspect asked to be present"); counsel named after the requesting State's judge and
    prosecutor ("… of the judge, the prosecutor and defence counsel") takes nothing from theirs."""
    defence = c.letter.cues.group("presence_of_officials", "defence")
    if defence is None:
        return False
    text = c.letter.passages[hit.index].text
    start, _end = _sentence_around(text, hit.start, hit.end)
    return defence.search(text, start, hit.end) is not None


# Without a profile of the requested State: the CIS conventions let their parties correspond
# in Russian as well as in their State languages (Minsk 1993 and Chișinău 2002 conventions,
# articles on the languages of correspondence).
INSTRUMENT_LANGUAGES = {"MINSK1993": ("ru",), "CHISINAU2002": ("ru",)}


def _accepted_languages(c: Context) -> tuple[list[str], str]:
    """Languages the requested State accepts, and where that comes from: "profile" (its profile,
    every entry confirmed), "unconfirmed" (its profile, some entry not confirmed), "cldr" (no
    profile: its official languages, and those of the CIS conventions it is cited under)."""
    profile = c.requested_profile
    if profile is not None:
        bound = profile.bound_to(c.instruments)
        accepted = list(bound.accepted_languages)
        if accepted:
            sure = all(entry.confirmed for entry in bound.languages if entry.code in accepted)
            return accepted, "profile" if sure else "unconfirmed"
    if c.requested_state:
        from babel.languages import get_official_languages

        official = {
            code.split("_")[0] for code in get_official_languages(c.requested_state, de_facto=True)
        }
        for code in c.instruments:
            official.update(INSTRUMENT_LANGUAGES.get(code, ()))
        return sorted(official), "cldr"
    return [], ""


def _language(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    if c.language is not None and c.language_confidence < 0.5:
        v.warn(
            "language",
            M_(
                "The letter's language was recognised as %(language)s with little certainty "
                "(it may mix languages): check point 14 yourself."
            )
            % {"language": c.language},
        )
    if c.language is None:
        v.gap(
            Status.PARTIAL,
            "language",
            M_(
                "The language of the letter could not be recognised (mla-writer reads English, "
                "French, Spanish, Russian, Portuguese and Arabic letters); the other points were "
                "read with English cues and are unreliable."
            ),
            R_("a translation of the request into a language our State accepts"),
        )
        return v
    accepted, source = _accepted_languages(c)
    # A translation into another language than the letter's own: attached, or only promised.
    into = {hit: code for hit, code in _translations_mentioned(L) if code != c.language}
    sure = source == "profile" and c.requested_certain
    promised = _promised(c, list(into))
    attached = [
        hit
        for hit in c.with_polarity(into, Polarity.AFFIRMED)
        if hit not in promised and (into[hit] in accepted if sure else into[hit] is not None)
    ]
    if c.language in accepted:
        v.cite(L, _language_statements(c), 1)
        v.status = Status.OK
        _uncertain_language(c, v, accepted, source)
    elif attached:
        v.cite(L, attached, 1)
        v.status = Status.OK
    elif promised:
        _translation_promised(c, v, promised, accepted)
    elif sure:
        _translation_missing(c, v, accepted)
    else:
        v.cite(L, _language_statements(c), 1)
        v.status = Status.OK
        _uncertain_language(c, v, accepted, source)
    return v


_CLAUSE_END = re.compile(r"[.;!?؛]\s|\n")


def _promised(c: Context, hits: list[Hit]) -> list[Hit]:
    """The translations the letter only promises: "will follow" in their clause, or a word of
    the point's own `promised` group in their sentence ("será remetida logo que concluída")."""
    promised = set(c.with_polarity(hits, Polarity.PROMISED))
    later = c.letter.cues.group("language", "promised")
    for hit in hits:
        text = c.letter.passages[hit.index].text
        starts = [m.end() for m in _CLAUSE_END.finditer(text, 0, hit.start)]
        end = _CLAUSE_END.search(text, hit.end)
        sentence = (starts[-1] if starts else 0, end.start() if end else len(text))
        if later is not None and later.search(text, *sentence):
            promised.add(hit)
    return [hit for hit in hits if hit in promised]


def _uncertain_language(c: Context, v: Verdict, accepted: list[str], source: str) -> None:
    """Say what point 14 could not make sure of: the requested State, or its languages."""
    if not c.requested_state:
        v.warn(
            "language.accepted",
            M_(
                "The requested State could not be recognised in the letter, so it cannot be "
                "confirmed that it accepts a letter in %(language)s: check point 14 yourself."
            )
            % {"language": c.language},
        )
    elif not c.requested_certain:
        v.warn(
            "language.accepted",
            M_(
                "The letter names no addressee: %(state)s is taken as the requested State only "
                "because it is the State the letter mentions most. Check the addressee, then "
                "whether it accepts a letter in %(language)s."
            )
            % {"state": c.requested_state, "language": c.language},
        )
    elif source == "cldr":
        v.warn(
            "language.accepted",
            M_(
                "No profile of %(state)s lists the languages it accepts; this check used its "
                "official languages (%(accepted)s). Check its declaration under UNTOC 18(14)."
            )
            % {"state": c.requested_state, "accepted": ", ".join(accepted)},
        )
    elif source == "unconfirmed":
        v.warn(
            "language.accepted",
            M_(
                "The profile of %(state)s lists %(accepted)s as accepted languages, not all of "
                "them confirmed: check that it accepts a letter in %(language)s."
            )
            % {"state": c.requested_state, "accepted": ", ".join(accepted), "language": c.language},
        )


def _translation_promised(c: Context, v: Verdict, promised: list[Hit], accepted: list[str]) -> None:
    v.cite(c.letter, promised, 1)
    v.gap(
        Status.PARTIAL,
        "language.translation",
        M_(
            "The letter is in %(language)s and says that a translation will follow: it is only "
            "promised, not attached."
        )
        % {"language": c.language},
        R_("the translation of the request that your letter announces"),
    )


def _translation_missing(c: Context, v: Verdict, accepted: list[str]) -> None:
    v.cite(c.letter, _language_statements(c), 1)
    v.gap(
        Status.MISSING,
        "language.translation",
        M_(
            "The letter is in %(language)s, which %(state)s does not accept (it accepts "
            "%(accepted)s), and no translation into one of them is mentioned."
        )
        % {"language": c.language, "state": c.requested_state, "accepted": ", ".join(accepted)},
        R_("a certified translation of the request into %(accepted)s")
        % {"accepted": " / ".join(accepted)},
    )


def _translations_mentioned(L: Letter) -> list[tuple[Hit, str | None]]:
    """Where the letter mentions a translation, and into which language if it says."""
    translations: list[tuple[Hit, str | None]] = []
    pattern = L.cues.group("language", "translation")
    if pattern is not None:
        for index, passage in enumerate(L.passages):
            for match in pattern.finditer(passage.text):
                word = next((g for g in match.groups() if g), "").lower()
                translations.append(
                    (Hit(index, match.start(), match.end()), _language_from_word(L.cues, word))
                )
    return translations


def _language_statements(c: Context) -> list[Hit | int]:
    """Where the letter names its own language ("This request is in English"), or failing
    that its longest passage, as a sample of the language it is written in."""
    L = c.letter
    names = [name for name, code in L.cues.language_names.items() if code == c.language]
    hits: list[Hit | int] = []
    if names:
        pattern = re.compile(
            "|".join(r"\b" + re.escape(name[: max(4, len(name) - 3)]) + r"\w*" for name in names),
            re.IGNORECASE,
        )
        hits += L.find(pattern, [i for i, _t in L.section_values("language")] or None)
    if not hits and L.passages:
        hits.append(max(range(len(L.passages)), key=lambda i: len(L.passages[i].text)))
    return hits


def _language_from_word(cues: Cues, word: str) -> str | None:
    """The ISO code of a language named in the letter ("German", "allemand", "сербский")."""
    for name, code in cues.language_names.items():
        if word.startswith(name[: max(4, len(name) - 3)]):
            return code
    for name, code in _cldr_language_names(cues.language).items():
        if len(word) >= 4 and word.startswith(name[: max(4, len(name) - 3)]):
            return code
    return None


@cache
def _cldr_language_names(language: str) -> dict[str, str]:
    """Language names in the letter's language, from the Unicode CLDR (lower case -> code)."""
    from babel import Locale

    return {
        name.lower(): code
        for code, name in Locale.parse(language).languages.items()
        if "_" not in code and len(code) <= 3 and " " not in name
    }


EVALUATORS: dict[str, Callable[[Context], Verdict]] = {
    "identification": _identification,
    "prior_contact": _prior_contact,
    "other_channels": _other_channels,
    "acknowledgement": _acknowledgement,
    "urgency": _urgency,
    "confidentiality": _confidentiality,
    "legal_basis": _legal_basis,
    "facts": _facts,
    "offences": _offences,
    "assistance": _assistance,
    "relevance": _relevance,
    "procedures": _procedures,
    "presence_of_officials": _presence,
    "language": _language,
}
