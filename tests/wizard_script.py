"""The answers a prosecutor gives `mla new` for the bundled trafficking case, question by question.

Text is given as typed; choices by their value; `None` is Enter on the proposed answer. Each part
is one checklist point, so tests can stop and resume at a point. Every person, account and case
number is invented (the same as in `mla example trafficking`).
"""

from __future__ import annotations

from typing import Any

FACTS = (
    "Between March 2025 and June 2026, an organised criminal group recruited at least fourteen "
    "women and men from the districts of Cahul and Leova, Republic of Moldova, by advertising "
    "well-paid jobs in a textile workshop in Istanbul on social networks. The advertisements "
    "promised a monthly salary of 900 US dollars, accommodation and legal employment.\n\n"
    "The recruiter in Moldova, Dorin Cărbunaru, organised the journeys by minibus and charged "
    "each person 600 euros, to be deducted from future wages. On arrival in Istanbul the victims "
    "were handed over to Serkan Yıldızoğlu, who manages the workshop of Bosfor Örme Tekstil Ltd. "
    "Şti. in the Zeytinburnu district. Their passports were taken and not returned; they worked "
    "thirteen to fifteen hours a day and received between 100 and 150 US dollars a month.\n\n"
    "The payments collected in Moldova were transferred to an account held by Bosfor Örme "
    "Tekstil Ltd. Şti. at Kuzey Yıldızı Bankası A.Ş. in Istanbul. Two victims, Vera Grădinaru "
    "and Pavel Ostafi, still live in Istanbul and are willing to give evidence."
)

LAW_165 = (
    "(1) The recruitment, transportation, transfer, harbouring or receipt of a person, for the "
    "purpose of forced labour or services, committed by deception or abuse of a position of "
    "vulnerability, shall be punished by imprisonment of 6 to 12 years.\n"
    "(2) The same actions committed by an organised criminal group or with the withholding of "
    "identity documents shall be punished by imprisonment of 7 to 15 years."
)

IDENTIFICATION: list[Any] = [
    "MD",
    "TR",
    None,  # the answers are typed in English, as proposed
    "Prosecutor General's Office of the Republic of Moldova, International Legal Cooperation Section",
    "26 Banulescu-Bodoni Street, MD-2005 Chișinău, Republic of Moldova",
    "+373 22 000 417",
    "mla.requests@example.md",
    "Elena Vârtosu",
    "Senior Prosecutor, International Legal Cooperation Section",
    "+373 22 000 418",
    "e.vartosu@example.md",
    False,  # another authority conducts the proceedings
    "Prosecutor's Office for Combating Organised Crime and Special Cases",
    "4 Mitropolit G. Bănulescu-Bodoni Street, MD-2005 Chișinău, Republic of Moldova",
    "",
    "",
    "Radu Țurcanu",
    "Prosecutor in charge of criminal case no. 2026/0417",
    "+373 22 000 431",
    "r.turcanu@example.md",
    "investigation",
    "Criminal case no. 2026/0417",
    "Trafficking in human beings for the purpose of labour exploitation, committed by an "
    "organised criminal group",
    "Pre-trial investigation; two suspects have been charged.",
    True,  # add a person to contact
    "Inspector Mihai Grosu",
    "Investigating officer, General Police Inspectorate",
    "+373 22 000 552",
    "m.grosu@example.md",
    False,
    "PG-2026/0417/MLA-3",
    "Ministry of Justice of the Republic of Türkiye",
    "Kızılay Mahallesi, Milli Müdafaa Caddesi No. 22, 06420 Çankaya / Ankara, Türkiye",
    "Chișinău",
    "Elena Vârtosu",
    "Senior Prosecutor, Head of the International Legal Cooperation Section",
    "Prosecutor General's Office of the Republic of Moldova",
]

PRIOR_CONTACT: list[Any] = [
    "some",
    "2026-09-15",
    "Prosecutor Radu Țurcanu and the liaison officer of the Turkish National Police",
    "Meeting in Chișinău",
    "The liaison officer advised that the bank records can be obtained only through a formal "
    "request for mutual legal assistance.",
    False,
]

OTHER_CHANNELS: list[Any] = [
    "some",
    "interpol",
    "2026-10-02",
    "NCB Chișinău 2026/11-7731",
    "An INTERPOL diffusion was issued to locate Serkan Yıldızoğlu; only this letter should be "
    "executed.",
    False,
]

ACKNOWLEDGEMENT: list[Any] = [True, False]

URGENCY_START: list[Any] = [True, "2027-02-15"]
URGENCY_REASON = (
    "The accused Dorin Cărbunaru is in pre-trial detention, which ends on 27 March 2027; the "
    "records must be received and translated before 15 February 2027."
)
URGENCY: list[Any] = [*URGENCY_START, URGENCY_REASON]

CONFIDENTIALITY: list[Any] = [
    True,
    "The suspect Serkan Yıldızoğlu remains at large; if the account holders learn of the "
    "request, funds may be moved and the victims pressured.",
    True,
]

LEGAL_BASIS: list[Any] = [
    "treaty",
    "ECMA1959",
    "Articles 1, 3 and 15",
    True,
    "UNTOC",
    "Article 18",
    True,
    "UNTOC_TIP",
    "Articles 2 and 10",
    False,
]

PERSONS: list[Any] = [
    True,
    "accused",
    "Dorin Cărbunaru",
    "1981-04-12",
    "Cahul, Republic of Moldova",
    "Moldova",
    "passport",
    "AB 0417221",
    "MD",
    "17 Strada Livezilor, apartment 4, MD-3909 Cahul, Republic of Moldova",
    "",
    "",
    "",
    True,
    "suspect",
    "Serkan Yıldızoğlu",
    "1976-09-30",
    "",
    "TR",
    "",
    "Workshop of Bosfor Örme Tekstil Ltd. Şti., Zeytinburnu, Istanbul",
    "",
    "",
    "Manager and co-owner of Bosfor Örme Tekstil Ltd. Şti.",
    True,
    "suspect",
    "Вадим Прокопенко",
    "Vadim Prokopenko",
    "1988-01-22",
    "",
    "MD",
    "passport",
    "AC 0918834",
    "MD",
    "",
    "Believed to travel between Chișinău and Istanbul.",
    "",
    True,
    "company",
    "Bosfor Örme Tekstil Ltd. Şti.",
    "Istanbul Trade Registry no. 000417-5",
    "Çırpıcı Mahallesi, Örnek Sokak No. 7, 34025 Zeytinburnu / İstanbul, Türkiye",
    "",
    "",
    True,
    "victim",
    "Vera Grădinaru",
    "1995-06-03",
    "",
    "MD",
    "",
    "Çırpıcı Mahallesi, Örnek Sokak No. 7, Zeytinburnu / İstanbul (basement of the workshop)",
    "",
    "",
    "",
    True,
    "victim",
    "Pavel Ostafi",
    "1990-11-19",
    "",
    "MD",
    "national identity card",
    "0990411127733",
    "MD",
    "Çırpıcı Mahallesi, Örnek Sokak No. 7, Zeytinburnu / İstanbul (basement of the workshop)",
    "",
    "",
    "",
    False,
]

FACTS_POINT: list[Any] = [FACTS, *PERSONS]

ANNEX_2 = "Annex 2 – Articles 165 and 243 of the Criminal Code of the Republic of Moldova"

OFFENCES: list[Any] = [
    "Trafficking in human beings",
    "Article 165(1) and (2)(a), (b) and (e) of the Criminal Code of the Republic of Moldova",
    "Imprisonment for 7 to 15 years",
    False,  # quote the law here
    LAW_165,
    True,
    "Money laundering",
    "Article 243(1) and (3)(a) of the Criminal Code of the Republic of Moldova",
    "Imprisonment for up to 10 years",
    True,  # the law is in an annex
    ANNEX_2,
    False,
    "keep",  # the annex listed on the way
    True,
    "Annex 1 – Order of 4 June 2026 opening criminal case no. 2026/0417",
    False,
]

ASSISTANCE: list[Any] = [
    "records_production",
    "bank",
    "Kuzey Yıldızı Bankası A.Ş., Zeytinburnu branch, Istanbul",
    "TR76 0009 9000 0417 0000 2026 17",
    "TR49 0009 9000 0417 0000 2026 22",
    "",
    "Bosfor Örme Tekstil Ltd. Şti.",
    "",
    "2025-01-01",
    "2026-10-31",
    "account-opening documents and specimen signatures",
    "statements of account",
    "incoming and outgoing transfer orders",
    "",
    "Certified copies, with a certificate of authenticity signed by an officer of the bank.",
    True,
    "",
    True,
    "witness_statement",
    "gradinaru",
    "victim",
    "When, how and by whom were you recruited in Moldova, and what were you promised?",
    "Who took your passport, when, and was it returned?",
    "",
    False,
    "Written record signed by the witness on each page",
    False,
    "",
    True,
    "witness_statement",
    "ostafi",
    "victim",
    "",
    "The same subjects as for Ms Grădinaru, and how the wages were paid.",
    False,
    "Written record signed by the witness on each page",
    False,
    "",
    False,
]

RELEVANCE: list[Any] = [
    "The payments collected from each victim in Moldova were transferred to these accounts; the "
    "records will show the money flows between the members of the group.",
    "Ms Grădinaru worked in the workshop and can describe the recruitment, the withholding of "
    "passports and the working conditions.",
    "Mr Ostafi kept a notebook of the hours worked and the sums withheld, which shows the debt "
    "bondage.",
]

PROCEDURES: list[Any] = [
    "some",
    "Do not inform the account holders of the request or its execution.",
    "The suspect who controls the accounts remains at large.",
    True,
    "Certify each record as described.",
    "Article 157 of the Code of Criminal Procedure of the Republic of Moldova.",
    False,
    "some",
    "Inform the witness of her rights as a victim of trafficking before the hearing.",
    "Article 58 of the Code of Criminal Procedure of the Republic of Moldova.",
    False,
    "none",
]

OFFICIALS: list[Any] = ["none"]

LANGUAGE: list[Any] = [
    "en",
    "tr",
    None,  # the translation into Turkish, as proposed
    True,
    "Sworn translator Aurelia Lungu",
]

POINTS: dict[str, list[Any]] = {
    "identification": IDENTIFICATION,
    "prior_contact": PRIOR_CONTACT,
    "other_channels": OTHER_CHANNELS,
    "acknowledgement": ACKNOWLEDGEMENT,
    "urgency": URGENCY,
    "confidentiality": CONFIDENTIALITY,
    "legal_basis": LEGAL_BASIS,
    "facts": FACTS_POINT,
    "offences": OFFENCES,
    "assistance": ASSISTANCE,
    "relevance": RELEVANCE,
    "procedures": PROCEDURES,
    "presence_of_officials": OFFICIALS,
    "language": LANGUAGE,
}


def answers_from(first: str = "identification") -> list[Any]:
    keys = list(POINTS)
    return [answer for key in keys[keys.index(first) :] for answer in POINTS[key]]


def whole_case(keep_profile: bool = False) -> list[Any]:
    """Every answer of the 14 points, then: produce the letter under the proposed name, and
    whether to keep the office as the profile."""
    return [*answers_from(), "render", None, keep_profile]
