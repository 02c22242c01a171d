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

ACKNOWLEDGEMENT: list[Any] = ["office"]

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
    "passport AB 0417221",
    "MD",
    "17 Strada Livezilor, apartment 4, MD-3909 Cahul, Republic of Moldova",
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
    "Manager and co-owner of Bosfor Örme Tekstil Ltd. Şti.",
    True,
    "suspect",
    "Вадим Прокопенко",
    "Vadim Prokopenko",
    "1988-01-22",
    "",
    "MD",
    "passport AC 0918834",
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
    True,
    "victim",
    "Pavel Ostafi",
    "1990-11-19",
    "",
    "MD",
    "national identity card 0990411127733",
    "MD",
    "Çırpıcı Mahallesi, Örnek Sokak No. 7, Zeytinburnu / İstanbul (basement of the workshop)",
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
    # the annexes: the one listed on the way, kept, and another
    ANNEX_2 + "\nAnnex 1 – Order of 4 June 2026 opening criminal case no. 2026/0417",
]

ASSISTANCE: list[Any] = [
    "records_production",
    "bank",
    "Kuzey Yıldızı Bankası A.Ş., Zeytinburnu branch, Istanbul",
    "TR76 0009 9000 0417 0000 2026 17\nTR49 0009 9000 0417 0000 2026 22",
    "Bosfor Örme Tekstil Ltd. Şti.",
    "2025-01-01",
    "2026-10-31",
    "account-opening documents and specimen signatures\nstatements of account\n"
    "incoming and outgoing transfer orders",
    "Certified copies, with a certificate of authenticity signed by an officer of the bank.",
    True,
    "",
    True,
    "witness_statement",
    "gradinaru",  # heard as what the persons list says she is, a victim
    "When, how and by whom were you recruited in Moldova, and what were you promised?\n"
    "Who took your passport, when, and was it returned?",
    False,
    "Written record signed by the witness on each page",
    False,
    "",
    True,
    "witness_statement",
    "ostafi",
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
    None,  # the translation into Turkish, as proposed (the only language Türkiye accepts)
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


# ---------------------------------------------------------------------- the fraud request (issue 17)
# A Moldovan prosecutor asks Romania for bank records and a witness statement: the trial's case,
# tests/wizard_reference/fraud-md-ro.yaml. `None` is Enter on what is proposed.

FRAUD_FACTS = (
    "Between March 2025 and May 2026, Ion Rusu advertised passenger cars for sale on the online "
    "platform AutoPiata.example.md. He did not own any of the cars and had no right to sell "
    "them.\n\n"
    "Three Moldovan buyers, Maria Lungu, Petru Gheorghiu and Vasile Cojocaru, each agreed to buy "
    "a car and, at his request, paid advances totalling 48,000 EUR by bank transfer to account "
    "RO49 AAAA 1B31 0075 9384 0000, which Ion Rusu holds at Banca Exemplu S.A., Bucharest "
    "branch, Romania.\n\n"
    "No car was ever delivered, and after receiving the money the suspect stopped answering the "
    "buyers. The evidence is in Romania because the money was received there and because "
    "Dumitru Moraru, a former associate of the suspect who helped him photograph cars for the "
    "adverts in 2025, lives in Iași."
)

FRAUD_LAW = (
    "Fraud, that is the taking of another's property by deception or abuse of trust, committed "
    "in especially large amounts, is punished with imprisonment of 6 to 12 years."
)

FRAUD: list[Any] = [
    "MD",
    "RO",
    None,  # the answers are typed in English, as proposed
    "Prosecutor General's Office of the Republic of Moldova, International Legal Cooperation Section",
    "26 Mitropolit Bănulescu-Bodoni St., MD-2005 Chișinău, Republic of Moldova",
    "+373 22 000 931",
    "cooperare@procuratura.example.md",
    "Ana Ceban",
    "Prosecutor, International Legal Cooperation Section",
    "",  # her telephone: the office's
    "ana.ceban@procuratura.example.md",
    False,  # another authority conducts the proceedings
    "Prosecutor's Office of Chișinău Municipality, Centru Office",
    "15 Exemplu St., MD-2012 Chișinău, Republic of Moldova",
    "",
    "",
    "Victor Rotaru",
    "Prosecutor in charge of the case",
    "+373 69 000 417",
    "",
    "investigation",
    "Criminal case no. 2025-1207/0417",
    "Fraud committed through sales of non-existent cars advertised on an online platform",
    "Criminal investigation; the suspect has not yet been charged",
    False,  # no other person to contact
    "PG-2026/0931/MLA-1",
    None,  # the addressee proposed by Romania's profile
    None,  # and its address
    "Chișinău",
    "Elena Munteanu",
    "Head of the International Legal Cooperation Section",
    None,  # the signatory's authority: your office, as proposed
    None,  # no prior contact
    None,  # no other channel
    None,  # the acknowledgement form, returned to your office
    False,  # not urgent
    True,  # confidential
    "The suspect has not yet been informed of the investigation; if the bank or the witness "
    "told him, he could move the money out of the account.",
    None,  # consult us first
    "ECMA1959",
    "Articles 1, 3 and 15",
    True,
    "BIL_MD_RO_1996",
    "",
    False,
    FRAUD_FACTS,
    None,  # add a person concerned: yes, as proposed
    "suspect",
    "Ion Rusu",
    "12.06.1984",
    "Chișinău, Republic of Moldova",
    "Moldova",
    "Passport AB1234567",
    None,  # issued by Moldova, as proposed (his nationality)
    "Str. Exemplu 21, ap. 4, Chișinău, Republic of Moldova (registered address)",
    "Believed to travel between Chișinău and Bucharest",
    "",
    True,
    "witness",
    "Dumitru Moraru",
    "03.02.1980",
    "",
    "Moldova, Romania",
    "",
    "Str. Exemplu nr. 5, Iași, Romania",
    "",
    "Former business associate of the suspect; helped him photograph cars for the adverts in 2025",
    False,
    "Fraud in especially large amounts",
    "Article 190 paragraph (5) of the Criminal Code of the Republic of Moldova",
    "Imprisonment of 6 to 12 years",
    None,  # quoted here
    FRAUD_LAW,
    False,
    "Order of the prosecutor of 20 November 2026 on the request for bank records (copy)",
    "records_production",
    "bank",
    "Banca Exemplu S.A., Bucharest branch, Bd. Exemplului 10, Sector 1, Bucharest",
    "RO49 AAAA 1B31 0075 9384 0000",
    "Ion Rusu",
    "01.03.2025 – 30.09.2026",
    "Account opening documents, including identification documents and specimen signatures\n"
    "Account statements\n"
    "Details of incoming and outgoing transfers (originator, beneficiary, amounts, dates)",
    "Copies certified by the bank, with a statement of authenticity signed by the bank's officer",
    True,
    "",
    True,
    "witness_statement",
    None,  # Dumitru Moraru, as proposed
    "How and since when do you know Ion Rusu, and what was your business relationship with him?\n"
    "Who photographed the cars advertised on AutoPiata.example.md, where, and on whose "
    "instructions?\n"
    "Did Ion Rusu own, or have the right to sell, any of those cars?\n"
    "Did you receive any money from Ion Rusu or from the buyers, and if so how much and how?",
    False,
    "Written record (proces-verbal) of the hearing, read and signed by the witness",
    False,
    "",
    False,
    "The three victims transferred 48,000 EUR to this account. The records will show that the "
    "suspect received the money, whether he had any lawful business selling cars, and where the "
    "money went afterwards.",
    "Dumitru Moraru is the only person known to have seen how the adverts were prepared; his "
    "statement will show whether the suspect knew that he had no cars to sell.",
    None,  # no particular procedure for the records
    "some",
    "Before the hearing, warn the witness of his liability for false testimony and inform him of "
    "his right not to testify against himself or his close relatives",
    "Articles 90 and 105 of the Code of Criminal Procedure of the Republic of Moldova",
    False,
    None,  # no officials attend
    None,  # the letter in English, as proposed
    None,  # a certified translation into Romanian all the same, as recommended
    "",  # translator not known yet
]

FRAUD_END: list[Any] = ["render", None, False]
"""At the review: produce the letter, under the proposed name; do not keep the office."""
