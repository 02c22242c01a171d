"""Treaties and schemes a request can rest on, by short code, with their full titles.

Titles are letter phrases: the renderer translates them into the letter's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from mla_writer.i18n import L_


@dataclass(frozen=True)
class KnownInstrument:
    code: str
    title: str  # English msgid (letter domain), translated in the letter's language
    undertakings: tuple[str, ...] = ()  # codes of the undertakings it calls for (see render)
    only_with: tuple[str, ...] = ()
    """Applies only between one of these States and another party (the EU-UK agreement links
    the United Kingdom with each Member State, not the Member States with each other)."""
    in_force: bool = True
    """False while the instrument itself is not in force (too few ratifications): a State's
    signature or ratification does not make it a basis for a request yet."""
    place: str = ""
    """Where it was adopted or opened for signature, as its title says."""
    signed: str = ""
    """When: an ISO date, or the year where the day is not recorded here."""


KNOWN_INSTRUMENTS: dict[str, KnownInstrument] = {
    i.code: i
    for i in (
        KnownInstrument(
            "UNTOC",
            L_("United Nations Convention against Transnational Organized Crime (New York, 2000)"),
            ("use_limitation", "confidentiality", "costs"),
            place="New York",
            signed="2000-11-15",
        ),
        KnownInstrument(
            "UNTOC_TIP",
            L_(
                "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women "
                "and Children, supplementing the United Nations Convention against Transnational "
                "Organized Crime (New York, 2000)"
            ),
            place="New York",
            signed="2000-11-15",
        ),
        KnownInstrument(
            "UNCAC",
            L_("United Nations Convention against Corruption (New York, 2003)"),
            ("use_limitation", "confidentiality", "costs"),
            place="New York",
            signed="2003-10-31",
        ),
        KnownInstrument(
            "VIENNA1988",
            L_(
                "United Nations Convention against Illicit Traffic in Narcotic Drugs and "
                "Psychotropic Substances (Vienna, 1988)"
            ),
            ("use_limitation", "confidentiality", "costs"),
            place="Vienna",
            signed="1988-12-20",
        ),
        KnownInstrument(
            "ECMA1959",
            L_(
                "European Convention on Mutual Assistance in Criminal Matters "
                "(Strasbourg, 1959, ETS No. 30)"
            ),
            ("return_of_originals", "costs"),
            place="Strasbourg",
            signed="1959-04-20",
        ),
        KnownInstrument(
            "ECMA_AP1",
            L_(
                "Additional Protocol to the European Convention on Mutual Assistance in "
                "Criminal Matters (Strasbourg, 1978, ETS No. 99)"
            ),
            place="Strasbourg",
            signed="1978-03-17",
        ),
        KnownInstrument(
            "ECMA_AP2",
            L_(
                "Second Additional Protocol to the European Convention on Mutual Assistance in "
                "Criminal Matters (Strasbourg, 2001, ETS No. 182)"
            ),
            ("use_limitation", "confidentiality"),
            place="Strasbourg",
            signed="2001-11-08",
        ),
        KnownInstrument(
            "BUDAPEST",
            L_("Convention on Cybercrime (Budapest, 2001, ETS No. 185)"),
            ("use_limitation", "confidentiality"),
            place="Budapest",
            signed="2001-11-23",
        ),
        KnownInstrument(
            "CETS197",
            L_(
                "Council of Europe Convention on Action against Trafficking in Human Beings "
                "(Warsaw, 2005, CETS No. 197)"
            ),
            place="Warsaw",
            signed="2005-05-16",
        ),
        KnownInstrument(
            "STRASBOURG1990",
            L_(
                "Convention on Laundering, Search, Seizure and Confiscation of the Proceeds from "
                "Crime (Strasbourg, 1990, ETS No. 141)"
            ),
            ("use_limitation",),
            place="Strasbourg",
            signed="1990-11-08",
        ),
        KnownInstrument(
            "WARSAW2005",
            L_(
                "Council of Europe Convention on Laundering, Search, Seizure and Confiscation of "
                "the Proceeds from Crime and on the Financing of Terrorism "
                "(Warsaw, 2005, CETS No. 198)"
            ),
            ("use_limitation",),
            place="Warsaw",
            signed="2005-05-16",
        ),
        KnownInstrument(
            "MINSK1993",
            L_(
                "Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal "
                "Matters (Minsk, 22 January 1993)"
            ),
            place="Minsk",
            signed="1993-01-22",
        ),
        KnownInstrument(
            "CHISINAU2002",
            L_(
                "Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal "
                "Matters (Chișinău, 7 October 2002)"
            ),
            place="Chișinău",
            signed="2002-10-07",
        ),
        KnownInstrument(
            "EU2000",
            L_(
                "Convention on Mutual Assistance in Criminal Matters between the Member States "
                "of the European Union (Brussels, 29 May 2000)"
            ),
            ("use_limitation",),
            place="Brussels",
            signed="2000-05-29",
        ),
        KnownInstrument(
            "EIO",
            L_(
                "Directive 2014/41/EU of the European Parliament and of the Council of "
                "3 April 2014 regarding the European Investigation Order in criminal matters"
            ),
            place="Brussels",
            signed="2014-04-03",
        ),
        KnownInstrument(
            "BSEC1998",
            L_(
                "Agreement among the Governments of the Participating States of the Black Sea "
                "Economic Cooperation on Cooperation in Combating Crime, in particular in its "
                "Organized Forms (Kerkyra, 1998)"
            ),
            place="Kerkyra",
            signed="1998-10-02",
        ),
        # Instruments of 2022-2026 (states/relations.yaml and the profiles record who is bound).
        KnownInstrument(
            "BUDAPEST_AP2",
            L_(
                "Second Additional Protocol to the Convention on Cybercrime on enhanced "
                "co-operation and disclosure of electronic evidence (Strasbourg, 2022, CETS No. 224)"
            ),
            in_force=False,
            place="Strasbourg",
            signed="2022-05-12",
        ),
        KnownInstrument(
            "ECMA_AP3",
            L_(
                "Third Additional Protocol to the European Convention on Mutual Assistance in "
                "Criminal Matters (Valletta, 2025)"
            ),
            in_force=False,
            place="Valletta",
            signed="2025",
        ),
        KnownInstrument(
            "UNCYBER2024",
            L_("United Nations Convention against Cybercrime (New York, 2024)"),
            in_force=False,
            place="New York",
            signed="2024-12-24",
        ),
        KnownInstrument(
            "EPOC2023",
            L_(
                "Regulation (EU) 2023/1543 of the European Parliament and of the Council of "
                "12 July 2023 on European Production Orders and European Preservation Orders for "
                "electronic evidence in criminal proceedings"
            ),
            place="Strasbourg",
            signed="2023-07-12",
        ),
        KnownInstrument(
            "TCA2020",
            L_(
                "Trade and Cooperation Agreement between the European Union and the European "
                "Atomic Energy Community, of the one part, and the United Kingdom of Great Britain "
                "and Northern Ireland, of the other part (Part Three, Title VIII: mutual "
                "assistance)"
            ),
            ("use_limitation",),
            only_with=("GB",),
            place="Brussels and London",
            signed="2020-12-30",
        ),
    )
}

RECIPROCITY_UNDERTAKINGS = ("reciprocity", "use_limitation", "confidentiality", "costs")
