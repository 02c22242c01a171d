"""The 14 points read off a letter written by others: for each, what counts as answered, what
makes it partial, the passages to quote, and what to ask the requesting authority for.

Each evaluator combines the cue groups of `cues/<language>.yaml` (data) by a rule (code): urgency
is answered by "not urgent", or by an urgency together with its reason; a point that is only
partly there is `partial` with the reason, rather than `ok`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from mla_writer.checklist import Severity, Status
from mla_writer.foreign.cues import Cues
from mla_writer.foreign.letter import LIST_ITEM, TERMINAL, Evidence, Hit, Letter
from mla_writer.foreign.polarity import Polarity, PolarityReader, ticked_answer
from mla_writer.instruments import KNOWN_INSTRUMENTS
from mla_writer.message import M_, R_, Message
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

    def with_polarity(self, hits: Iterable[Hit], polarity: Polarity) -> list[Hit]:
        """The hits whose clause gives them this polarity (affirmed, denied, promised); a hit
        in a label ("Presence of Belgian officials:", a heading) asserts nothing either way."""
        passages = self.letter.passages
        return [
            hit
            for hit in hits
            if not self._in_label(passages[hit.index].text, hit)
            and self.polarity.polarity(passages[hit.index].text, hit.start, hit.end) is polarity
        ]

    def _in_label(self, text: str, hit: Hit) -> bool:
        """A label says nothing; but "There is no time pressure: any date suits us" is a
        sentence before its colon, not a label."""
        if not _in_label(text, hit):
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
_BOX_LINES = 4  # how many lines of a point's part its check boxes may take


def _in_label(text: str, hit: Hit) -> bool:
    """Whether a hit lies in a label: a short heading line, or the part of a "Label: value"
    row before its colon."""
    colon = text.find(":")
    if colon >= 0 and hit.end <= colon:
        return len(text[:colon].split()) <= _LABEL_WORDS
    return colon < 0 and "\n" not in text and len(text.split()) <= 8 and not TERMINAL.search(text)


def _following(L: Letter, hits: Iterable[Hit]) -> set[int]:
    """The passages of the hits, and the passage after each unless it belongs to another
    point's part: a reason may follow in the next sentence without a connective."""
    places = set()
    for hit in hits:
        places.add(hit.index)
        after = hit.index + 1
        if after < len(L.passages) and L.section[after] in (None, L.section[hit.index]):
            places.add(after)
    return places


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
    elif contact:
        v.gap(
            Status.PARTIAL,
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
_SENTENCE_END = re.compile(r"(?<=\w{4})[.!?]\s|\n")


def _someone_else_s(L: Letter, hit: Hit) -> bool:
    """Whether a telephone number or e-mail address is given as someone else's: a bank, a
    witness or a company named just before it in its sentence ("Thameside Bank plc, tel. …"),
    outside the letterhead and the part about the requesting authority."""
    if L.section[hit.index] == "identification" or hit.index < 3:
        return False
    third_party = L.cues.group("identification", "third_party")
    if third_party is None:
        return False
    text = L.passages[hit.index].text
    start = max(0, hit.start - _ATTRIBUTION_CHARS)
    for boundary in _SENTENCE_END.finditer(text, start, hit.start):
        start = boundary.end()
    return bool(third_party.search(text, start, hit.start))


def _answered_point(c: Context, point: str, missing: Message, ask: Message) -> Verdict:
    """Points that are answered by a description or an explicit "none" (2 and 3)."""
    v, L = Verdict(), c.letter
    answer, where = c.answer(point, "present", "none")
    none = L.cue(point, "none") + c.denied(point, "present")
    present = c.affirmed(point, "present")
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


def _prior_contact(c: Context) -> Verdict:
    return _answered_point(
        c,
        "prior_contact",
        M_("The letter does not say whether officers of the two States were in contact before."),
        R_(
            "whether there was any prior contact between officers of our two States about this "
            "matter (who, when, and what was agreed), or confirmation that there was none"
        ),
    )


def _other_channels(c: Context) -> Verdict:
    return _answered_point(
        c,
        "other_channels",
        M_(
            "The letter does not say whether a copy was sent through other channels (INTERPOL, "
            "diplomatic channel, Eurojust)."
        ),
        R_(
            "whether a copy of the request has been or will be sent through any other channel "
            "(INTERPOL, diplomatic channel, Eurojust), so that it is not executed twice"
        ),
    )


def _acknowledgement(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    hits = L.cue("acknowledgement", "present") + [
        Hit(i, 0, 0) for i, _t in L.section_values("acknowledgement")
    ]
    if hits:
        v.cite(L, hits, 1)
        v.status = Status.OK
    else:
        v.gap(
            Status.MISSING,
            "acknowledgement",
            M_("No acknowledgement of receipt is attached or asked for."),
            R_("the address to which an acknowledgement of receipt should be returned"),
        )
    return v


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
        for h in c.affirmed("urgency", "urgent")
        if h.index not in _indices(denied) and L.section[h.index] not in _NARRATIVE
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
    places = _following(L, urgent) | set(section)
    reason = L.cue("urgency", "reason", places)
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


# The parts that tell the case: "an urgent transfer" there is a fact, not a request.
_NARRATIVE = frozenset({"facts", "offences", "relevance"})


_DATE_SENTENCES = 3  # how many sentences from the urgency its date may come


def _urgency_date(c: Context, v: Verdict, urgent: list[Hit], section: list[int]) -> None:
    """An urgency needs a date by which the results are needed, as well as a reason (for a
    language whose cues name dates): in the urgency's part, or within a few sentences of the
    word "urgent" — sentences, not passages, so that a letter reads the same wrapped or not."""
    L = c.letter
    date = L.cues.group("urgency", "date")
    if date is None or L.cue("urgency", "date", section):
        return
    for hit in urgent:
        following = hit.index + 1 < len(L.passages) and L.section[hit.index + 1] in (
            None,
            L.section[hit.index],
        )
        text = L.passages[hit.index].text[hit.start :]
        if following:
            text += "\n" + L.passages[hit.index + 1].text
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        window = text[: ends[_DATE_SENTENCES - 1]] if len(ends) >= _DATE_SENTENCES else text
        if date.search(window):
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


def _confidentiality(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    answer, where = c.answer("confidentiality", "required", "not_required")
    section = [i for i, _t in L.section_values("confidentiality")]
    required = [
        h
        for h in [*c.affirmed("confidentiality", "required"), *_non_disclosure(c)]
        if not _in_title(L, h)
    ]
    not_required = L.cue("confidentiality", "not_required") or (
        [] if required else c.denied("confidentiality", "required")
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
    reason = L.cue("confidentiality", "reason", places)
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
    """An instrument one of the States is not bound by is a finding (from the States' profiles)."""
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
            if profile.is_party(code, partner):
                continue
            v.gap(
                Status.PARTIAL,
                "legal_basis.instrument",
                M_(
                    "The letter relies on %(instrument)s, but according to its profile "
                    "%(state)s is not bound by it with this State (%(status)s)."
                )
                % {
                    "instrument": code,
                    "state": profile.code,
                    "status": getattr(status.status, "value", status.status),
                },
                R_(
                    "another legal basis than %(instrument)s, by which %(state)s is not bound, "
                    "or an undertaking of reciprocity"
                )
                % {"instrument": KNOWN_INSTRUMENTS[code].code, "state": profile.code},
            )


def _facts(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    section = [i for i, _t in L.section_values("facts")]
    identifiers = L.cue("facts", "identifiers") + L.common("identifiers")
    # A long passage that identifies a person (born on..., passport...) tells facts, whatever
    # its verbs: "Attendu qu'il résulte de l'instruction que M. X, né le...".
    narrative = L.cue("facts", "narrative") + [
        h for h in identifiers if len(L.passages[h.index].text.split()) >= 20
    ]
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


def _offences(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    section = [i for i, _t in L.section_values("offences")]
    offence = L.cue("offences", "offence")
    named = L.cue("offences", "named")
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
    provision = L.cue("offences", "provision", places)
    text_places = places | {i + 1 for i in places} | set(section)
    penalty = L.cue("offences", "penalty", text_places)
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


# A quotation: «…», “…”, „…“ or "…" (straight quotes paired in order, short ones consumed).
_QUOTATION = re.compile(r"«([^«»]*)»|“([^“”]*)”|„([^„“”]*)[“”]|\"([^\"]*)\"")
_QUOTED_LAW_CHARS = 40


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
    anywhere, footnotes and annexes included: a quotation, or a passage, that reads as a
    penal norm ("Whoever…", "Quiconque…", "El que…", "… — наказывается").
    """
    L = c.letter
    said = c.affirmed("offences", "law_text", places)
    norm = L.cues.group("offences", "norm")
    penalty = L.cues.group("offences", "penalty")
    if norm is None:
        return said
    quoted: list[Hit] = []
    for index, passage in enumerate(L.passages):
        spans = _quotations(passage.text)
        for start, end in spans:
            if norm.search(passage.text, start, end) or (
                penalty is not None and penalty.search(passage.text, start, end)
            ):
                quoted.append(Hit(index, start, end))
        if not spans and len(passage.text.split()) >= 12:
            found = norm.search(passage.text)
            if found and penalty is not None and penalty.search(passage.text):
                quoted.append(Hit(index, found.start(), found.end()))
    return said + quoted


def _assistance(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
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
    for index in sorted(places):
        if L.passages[index].text.rstrip().endswith(":"):
            places.update(_items_after(L, index))
            asking.pop(index, None)
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


def _relevance(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    given, empty = _items_without_relevance(L)
    hits = (
        L.cue("relevance", "present")
        + [Hit(i, 0, 0) for i, _t in L.section_values("relevance")]
        + [Hit(i, 0, 0) for i in given]
    )
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
    elif hits:
        v.cite(L, hits, 1)
        v.status = Status.OK
    else:
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


def _procedures(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    translation = _indices(L.cue("language", "translation"))
    # The part about procedures is the best quote; then the procedures asked elsewhere.
    hits = [Hit(i, 0, 0) for i, _t in L.section_values("procedures")]
    hits += [h for h in L.cue("procedures", "present") if h.index not in translation]
    hits += L.cue("procedures", "none")
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


# A person's name as letters write it: "Inspector Paul HAYES", "M. Jean Dupont", "И. В. Громов".
_OFFICIAL_NAME = re.compile(
    r"\b[A-ZÀ-ÝА-ЯЁ](?:[a-zà-ÿа-яё]+|\.)\s+(?:[A-ZÀ-ÝА-ЯЁ]\.\s*)?[A-ZÀ-ÝА-ЯЁ][A-Za-zÀ-ÿА-Яа-яЁё-]+"
)


def _presence(c: Context) -> Verdict:
    v, L = Verdict(), c.letter
    point = "presence_of_officials"
    answer, where = c.answer(point, "wish", "none")
    wish = c.affirmed(point, "wish")
    none = L.cue(point, "none") or ([] if wish else c.denied(point, "wish"))
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
    # The reason may follow in the next sentence or paragraph, without a connective.
    reason = L.cue(point, "reason", _following(L, wish))
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
