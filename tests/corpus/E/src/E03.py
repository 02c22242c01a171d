# -*- coding: utf-8 -*-
# Long numbered common-law letter of request with annexes (English), Philippines -> Hong Kong SAR.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv

ID = "E03_en_letter_of_request_ph_hk"
TITLE = "Letter of request - People v. Manalastas et al. - OCSC MLA 2026-0412"
AUTHOR = "Office of the Chief State Counsel"


def build(Builder):
    b = Builder(font="Times New Roman", size=11.5)
    b.header([("b", "RESTRICTED"), " \u2013 see paragraph 21", ("br",),
              "OCSC Ref. MLA-OUT-2026-0412"], align="right", size=8)
    b.footer(["Request of the Republic of the Philippines to the Hong Kong SAR \u2013 "
              "People v. Manalastas et al. \u2013 page "], page_label="")

    b.p([("b", "Republic of the Philippines")], align="center", space_after=0)
    b.p([("b", "DEPARTMENT OF JUSTICE")], align="center", space_after=0)
    b.p("Office of the Chief State Counsel", align="center", space_after=0)
    b.p("Padre Faura Street, Ermita, Manila 1000", align="center", space_after=0)
    b.p("Tel. +63 2 8000 4120  |  ocsc.mla@doj.example.ph", align="center", space_after=10)

    b.p(["19 October 2026"], align="right")
    b.p(["The Secretary for Justice", ("br",),
         "Department of Justice of the Hong Kong Special Administrative Region", ("br",),
         "Mutual Legal Assistance Unit, International Law Division", ("br",),
         "Hong Kong"], align="left")
    b.p([("b", "LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS")],
        align="center", space_before=8)
    b.p([("b", "People of the Philippines v. Rodel Soriano MANALASTAS and WONG Ka-lok")],
        align="center", space_after=0)
    b.p("Criminal Case No. R-PSY-26-01877-CR, Regional Trial Court of Pasay City, Branch 117",
        align="center", space_after=0)
    b.p("NPS Docket No. XV-INV-26D-00345", align="center", space_after=10)

    n = b.numbering("legal")

    def P(segs, level=0):
        b.p(segs, num=n, level=level)

    b.heading("A. INTRODUCTION")
    P(["The Department of Justice of the Republic of the Philippines, as the Central Authority "
       "of the Philippines for mutual legal assistance in criminal matters, presents its "
       "compliments to the Secretary for Justice of the Hong Kong Special Administrative Region "
       "and respectfully requests assistance in the investigation and prosecution of the "
       "offences of qualified trafficking in persons and money laundering described below."])
    P(["In summary, the Philippine authorities ask that the Hong Kong authorities obtain bank "
       "and company records relating to PEARL ORIENT MANPOWER CONSULTANCY LIMITED and to Mr "
       "WONG Ka-lok, take a witness statement from a former employee of that company, and "
       "obtain immigration movement records of Mr MANALASTAS (Part F)."])
    P(["The investigation was conducted by the National Bureau of Investigation (NBI), Anti-"
       "Human Trafficking Division, and the prosecution is conducted by the Inter-Agency Council "
       "Against Trafficking (IACAT) prosecution panel of the National Prosecution Service. The "
       "officers responsible are listed in Part K."])

    b.heading("B. LEGAL BASIS")
    P(["This request is made under the Agreement between the Government of the Republic of the "
       "Philippines and the Government of the Hong Kong Special Administrative Region of the "
       "People's Republic of China concerning Mutual Legal Assistance in Criminal Matters (the "
       "\u201cAgreement\u201d), and under article 18 of the United Nations Convention against "
       "Transnational Organized Crime and article 18 of its Protocol to Prevent, Suppress and "
       "Punish Trafficking in Persons. We understand that the request will be executed under "
       "the Mutual Legal Assistance in Criminal Matters Ordinance (Cap. 525)."])

    b.heading("C. PRIOR CONSULTATION AND TRANSMISSION")
    P(["On 2 July 2026 State Counsel Maria Lourdes T. ABAD of this Office and Senior Government "
       "Counsel of your Mutual Legal Assistance Unit discussed this matter by video call. Your "
       "Unit advised that the request should state the maximum penalty for each offence and "
       "attach the text of the provisions, and that the records of the Immigration Department "
       "could be sought in the same request. A draft was sent to your Unit for informal comment "
       "on 20 August 2026; the comments received on 4 September 2026 have been incorporated.",
       ("fn", "An advance copy of this signed request has been sent by e-mail to the Mutual "
              "Legal Assistance Unit. The original is transmitted through the Consulate General "
              "of the Republic of the Philippines in Hong Kong. No copy has been or will be sent "
              "through INTERPOL or through any other channel.")])

    b.heading("D. SUMMARY OF THE FACTS")
    P(["Between June 2024 and March 2025, at least 47 Filipino nationals, 31 of them women, were "
       "recruited through the Facebook pages \u201cBright Future Jobs HK\u201d and \u201cAsia "
       "Call Centre Careers\u201d for customer-service jobs said to be based in Bangkok, "
       "Thailand, at a salary of USD 1,200 per month. The recruits paid placement fees of PHP "
       "35,000 to PHP 60,000 each."])
    P(["The recruits left Manila as tourists, in groups of four to eight, through Ninoy Aquino "
       "International Airport. In Bangkok they were met by drivers who took them by road to "
       "Mae Sot and across the border into Myanmar, where they were confined in a guarded "
       "compound near Myawaddy. There, their passports were taken and they were forced, under "
       "threats and beatings, to operate fraudulent online investment and romance schemes "
       "aimed at victims in the United States, Europe and Asia. Those who failed to meet daily "
       "targets were fined, deprived of food or beaten."])
    P(["Between April and September 2025, 39 of the victims were rescued and repatriated. Their "
       "sworn statements, given to the NBI between May 2025 and February 2026, consistently "
       "identify the accused Rodel Soriano MANALASTAS as the person who interviewed them in "
       "Manila, collected their placement fees, briefed them on how to pass immigration "
       "inspection and accompanied the first group to Bangkok."])
    P(["Records obtained from Philippine e-money issuers and from an analysis of the accused "
       "MANALASTAS's mobile telephone, seized on his arrest, show that he received, in addition "
       "to the placement fees, 23 transfers totalling USD 68,500 from an account held with "
       "HARBOURLINE BANK LIMITED, Hong Kong, in the name of PEARL ORIENT MANPOWER CONSULTANCY "
       "LIMITED (\u201cPearl Orient\u201d). The transfers were made within days of each group's "
       "arrival in Myanmar and correspond to a \u201ccommission\u201d of USD 1,500 per recruit "
       "mentioned in chat messages between MANALASTAS and a contact saved as \u201cKelvin "
       "HK\u201d."])
    P(["The Hong Kong Companies Registry online search shows that the sole director of Pearl "
       "Orient is Mr WONG Ka-lok, also known as Kelvin WONG. The number used by \u201cKelvin "
       "HK\u201d is a Hong Kong mobile number which, according to a screenshot of a payment "
       "slip found on the same telephone, was also used as the contact number on a remittance "
       "form of Pearl Orient. The prosecution alleges that WONG, through Pearl Orient, paid "
       "recruiters in the Philippines on behalf of the operators of the compound and that the "
       "company's account was used to receive and pass on the proceeds of the scheme."])
    P(["MANALASTAS was arrested in Parañaque City on 12 August 2026 and has been in detention "
       "since then. An Information for qualified trafficking in persons and money laundering "
       "was filed against MANALASTAS and WONG with the Regional Trial Court of Pasay City on "
       "2 September 2026. A warrant of arrest has been issued against WONG, who is believed to "
       "reside in Hong Kong. Pre-trial is set for 7 December 2026 and trial is to begin on 2 "
       "February 2027."])

    b.heading("E. PERSONS CONCERNED")
    kv(b, [
        ("span", [("b", "Accused 1")]),
        ["Name", "Rodel Soriano MANALASTAS"],
        ["Date and place of birth", "22 February 1984, Lucena City, Quezon, Philippines"],
        ["Nationality", "Filipino"],
        ["Passport", "Philippine passport No. P4471902B, issued 3 March 2023"],
        ["Status", "Accused, in detention at the Pasay City Jail"],
        ("span", [("b", "Accused 2")]),
        ["Name", "WONG Ka-lok (also known as Kelvin WONG)"],
        ["Date of birth", "5 September 1979 (as shown on the Companies Registry record)"],
        ["Nationality / identity document", "Believed to be a Hong Kong permanent resident; "
         "Hong Kong identity card No. K721946(3) (as shown on the Companies Registry record)"],
        ["Last known address", "Flat 12B, Block 2, Harbour Crest, 88 Tai Kok Tsui Road, Kowloon "
         "(residential address on the Companies Registry record)"],
        ("span", [("b", "Company")]),
        ["Name", "PEARL ORIENT MANPOWER CONSULTANCY LIMITED, Companies Registry No. 3198765"],
        ["Bank account", "HARBOURLINE BANK LIMITED, account No. 012-345678-001 (USD) and any "
         "other account of the company"],
        ("span", [("b", "Witness")]),
        ["Name", "Ms CHAN Mei-ling, former office administrator of Pearl Orient (identified by "
         "two victims as the person who sent them pre-departure instructions by e-mail)"],
    ], widths=(5.0, 11.5))

    b.heading("F. ASSISTANCE REQUESTED")
    P(["The Philippine authorities respectfully request that the Hong Kong authorities:"])
    P(["obtain from HARBOURLINE BANK LIMITED, for the period 1 January 2024 to 30 June 2025, in "
       "respect of account No. 012-345678-001 and any other account held by Pearl Orient or by "
       "Mr WONG Ka-lok, or over which either of them holds signing authority: (i) account-"
       "opening documents, signature cards and customer due diligence records; (ii) account "
       "statements; (iii) for each outgoing transfer to the Philippines, the transfer "
       "instruction and the beneficiary's details; and (iv) for each incoming transfer of USD "
       "10,000 or more, the remitter's details;"], level=1)
    P(["obtain from the Companies Registry certified copies of the incorporation form, annual "
       "returns for 2023 to 2026 and notifications of change of directors and secretary of "
       "Pearl Orient, and from the Inland Revenue Department, if Hong Kong law permits, its "
       "business registration record;"], level=1)
    P(["take a statement from Ms CHAN Mei-ling on the matters listed in Annex C, and ask "
       "whether she is willing to give evidence at the trial in Manila, in person or by "
       "videoconference;"], level=1)
    P(["obtain from the Immigration Department the records of arrivals in and departures from "
       "Hong Kong of the accused MANALASTAS between 1 January 2024 and 12 August 2026;"],
      level=1)
    P(["take any further step which the Hong Kong authorities consider useful to give effect "
       "to this request, after consulting this Office."], level=1)

    b.heading("G. RELEVANCE OF THE ASSISTANCE REQUESTED")
    P(["The bank records (paragraph 12(a)) are needed to prove the payments of USD 68,500 to "
       "MANALASTAS by Pearl Orient, which link him to the operators of the compound and show "
       "that he was paid per recruit. The remitters of incoming funds are expected to include "
       "the entities that paid Pearl Orient for the recruits, which is evidence of the "
       "trafficking chain and of the laundering charge against WONG."])
    P(["The company records (paragraph 12(b)) establish that WONG controls Pearl Orient, so that "
       "the company's payments may be attributed to him."])
    P(["Ms CHAN (paragraph 12(c)) sent pre-departure instructions to two victims. Her evidence "
       "will show who directed her, which corroborates the victims' accounts and identifies the "
       "role of WONG."])
    P(["The immigration records (paragraph 12(d)) will test MANALASTAS's statement on arrest "
       "that he \u201cnever went to Hong Kong and never met Kelvin\u201d. The chat messages "
       "suggest meetings in Hong Kong in September 2024 and January 2025."])

    b.heading("H. PROCEDURES TO BE FOLLOWED")
    P(["To be admissible under the Philippine Rules on Evidence, records of a regularly "
       "conducted business activity must be authenticated by their custodian. We therefore ask "
       "that the bank records be accompanied by a certificate or affidavit of the bank's "
       "custodian of records in the form of Annex B, and that the Companies Registry and "
       "Immigration Department records be provided as copies certified by the officer having "
       "their custody, under seal."])
    P(["Ms CHAN's statement should, if Hong Kong law permits, be made under oath or "
       "affirmation, recorded in English or in Chinese with an English translation, and "
       "signed by her on each page. If she is willing, we ask that she be informed that the "
       "Supreme Court of the Philippines allows testimony by videoconference from abroad."])
    P(["If any of these procedures cannot be followed under the law of the Hong Kong SAR, we "
       "ask to be informed so that an alternative can be agreed."])

    b.heading("I. TIME LIMIT")
    P(["Trial is set to begin on 2 February 2027 and the accused MANALASTAS is detained. Under "
       "the Speedy Trial Act the prosecution must be ready to present its evidence on that "
       "date. We therefore respectfully ask that the material be provided by 15 January 2027 "
       "if possible; items 12(a) and 12(d) are the most important."])

    b.heading("J. CONFIDENTIALITY, USE AND UNDERTAKINGS")
    P(["Mr WONG has not been arrested and, as far as we know, is not aware of the warrant. "
       "Should he learn of this request before the records are secured, the balance of the "
       "Pearl Orient account could be moved and a further request to restrain it would be "
       "frustrated. We therefore ask that the existence and content of this request not be "
       "disclosed to Mr WONG, to Pearl Orient or to the account holders, except as required "
       "for its execution. If confidentiality cannot be maintained, we ask to be consulted "
       "before the request is executed."])
    P(["The Republic of the Philippines undertakes that the evidence obtained will not be used "
       "for any purpose other than the proceedings described in this request without the prior "
       "consent of the Hong Kong authorities, and that any original document will be returned "
       "as soon as it is no longer needed. Should extraordinary costs arise, we ask to be "
       "consulted in advance. The Philippines will provide assistance to the Hong Kong SAR in "
       "comparable cases."])
    P(["The Philippine authorities do not request that any Philippine official be present "
       "during the execution of this request."])

    b.heading("K. CONTACT DETAILS")
    P(["Central Authority: State Counsel Maria Lourdes T. ABAD, Office of the Chief State "
       "Counsel, tel. +63 2 8000 4126, ml.abad@doj.example.ph."])
    P(["Prosecution: Senior Assistant City Prosecutor Jose Miguel R. TAN, IACAT prosecution "
       "panel, tel. +63 2 8000 5530, jm.tan@nps.example.ph."])
    P(["Investigation: Agent Karen D. VILLANUEVA, NBI Anti-Human Trafficking Division, "
       "tel. +63 2 8000 6618, kd.villanueva@nbi.example.ph."])

    b.heading("L. ANNEXES")
    P(["This request is accompanied by: Annex A \u2013 text of the provisions of Philippine "
       "law; Annex B \u2013 form of certificate of the custodian of business records; Annex C "
       "\u2013 matters on which Ms CHAN Mei-ling is to be asked; Annex D \u2013 "
       "acknowledgement of receipt."])
    b.p("The Department of Justice of the Republic of the Philippines avails itself of this "
        "opportunity to renew to the Secretary for Justice of the Hong Kong Special "
        "Administrative Region the assurances of its highest consideration.", space_before=6)
    b.p([("i", "(signed)"), ("br",), ("b", "ANTONIO C. DE GUZMAN"), ("br",),
         "Chief State Counsel", ("br",), "for the Secretary of Justice"], align="left",
        space_before=10)

    # ---------------- Annex A
    b.page_break()
    b.p([("b", "ANNEX A \u2013 PROVISIONS OF PHILIPPINE LAW")], align="center")
    b.p([("b", "1. Qualified trafficking in persons")])
    b.p("Republic Act No. 9208 (Anti-Trafficking in Persons Act of 2003), as amended by Republic "
        "Acts Nos. 10364 and 11862. Maximum penalty: life imprisonment and a fine of not less "
        "than two million pesos (PHP 2,000,000) but not more than five million pesos (PHP "
        "5,000,000).", size=10.5)
    b.p("Section 4. Acts of Trafficking in Persons. \u2013 It shall be unlawful for any person, "
        "natural or juridical, to commit any of the following acts: (a) To recruit, obtain, "
        "hire, provide, offer, transport, transfer, maintain, harbor, or receive a person by "
        "any means, including those done under the pretext of domestic or overseas employment "
        "or training or apprenticeship, for the purpose of prostitution, pornography, sexual "
        "exploitation, forced labor, slavery, involuntary servitude or debt bondage; [...]",
        size=10, indent_cm=1)
    b.p("Section 6. Qualified Trafficking in Persons. \u2013 Violations of Section 4 of this Act "
        "shall be considered as qualified trafficking: [...] (c) When the crime is committed by "
        "a syndicate, or in large scale. Trafficking is deemed committed by a syndicate if "
        "carried out by a group of three (3) or more persons conspiring or confederating with "
        "one another. It is deemed committed in large scale if committed against three (3) or "
        "more persons, individually or as a group; [...]", size=10, indent_cm=1)
    b.p("Section 10. Penalties and Sanctions. \u2013 [...] (e) Any person found guilty of "
        "qualified trafficking under Section 6 shall suffer the penalty of life imprisonment "
        "and a fine of not less than Two million pesos (P2,000,000.00) but not more than Five "
        "million pesos (P5,000,000.00); [...]", size=10, indent_cm=1)
    b.p([("b", "2. Money laundering")])
    b.p("Republic Act No. 9160 (Anti-Money Laundering Act of 2001), as amended. Maximum "
        "penalty: imprisonment of fourteen (14) years and a fine of not more than twice the "
        "value of the monetary instrument or property involved.", size=10.5)
    b.p("Section 4. Money Laundering Offense. \u2013 Money laundering is committed by any person "
        "who, knowing that any monetary instrument or property represents, involves, or relates "
        "to the proceeds of any unlawful activity: (a) transacts said monetary instrument or "
        "property; (b) converts, transfers, disposes of, moves, acquires, possesses or uses said "
        "monetary instrument or property; (c) conceals or disguises the true nature, source, "
        "location, disposition, movement or ownership of or rights with respect to said "
        "monetary instrument or property; [...]", size=10, indent_cm=1)
    b.p("Section 14. Penal Provisions. \u2013 (a) Penalties for the Crime of Money Laundering. "
        "The penalty of imprisonment ranging from seven (7) to fourteen (14) years and a fine "
        "of not less than Three million Philippine pesos (Php3,000,000.00) but not more than "
        "twice the value of the monetary instrument or property involved in the offense, shall "
        "be imposed upon a person convicted under Section 4(a), (b), (c) and (d) of this Act. "
        "[...]", size=10, indent_cm=1)

    # ---------------- Annex B
    b.p([("b", "ANNEX B \u2013 CERTIFICATE OF CUSTODIAN OF BUSINESS RECORDS")], align="center",
        space_before=14)
    b.p("I, ____________________ (name), ____________________ (position), of HARBOURLINE BANK "
        "LIMITED, Hong Kong, certify that: (1) I am a custodian of the records of the bank, or "
        "am otherwise qualified by my position to make this certificate; (2) the records "
        "attached, consisting of ____ pages, are true copies of records made at or near the "
        "time of the transactions they record, by or from information transmitted by a person "
        "with knowledge of those matters; (3) the records were kept in the course of the "
        "regularly conducted business of the bank; and (4) it was the regular practice of the "
        "bank to make such records.", size=10)
    b.p("Signed at Hong Kong on ______________.   Signature: ____________________", size=10)

    # ---------------- Annex C
    b.p([("b", "ANNEX C \u2013 MATTERS ON WHICH MS CHAN MEI-LING IS TO BE ASKED")],
        align="center", space_before=14)
    m = b.numbering("legal")
    for q in ["Her employment with Pearl Orient: dates, duties, who hired and paid her.",
              "Who instructed her to send e-mails to persons travelling from Manila to Bangkok, "
              "and what the instructions contained.",
              "Whether she knows Rodel MANALASTAS and how she communicated with him.",
              "Who decided and authorised payments from the company's bank account to the "
              "Philippines.",
              "Whether she knows where the company's records are now kept."]:
        b.p(q, num=m, size=10.5)

    # ---------------- Annex D (acknowledgement)
    b.p([("b", "ANNEX D \u2013 ACKNOWLEDGEMENT OF RECEIPT")], align="center", space_before=14)
    b.p("To be completed and returned by e-mail to ocsc.mla@doj.example.ph or to the Office of "
        "the Chief State Counsel, Department of Justice, Padre Faura Street, Ermita, Manila 1000.",
        size=10)
    kv(b, [
        ["Our reference", "OCSC MLA-OUT-2026-0412 (People v. Manalastas et al.)"],
        ["Date of receipt", [("txt", "Date of receipt", " ")]],
        ["Your reference", [("txt", "Your reference", " ")]],
        ["Officer handling the request (name, telephone, e-mail)",
         [("txt", "Officer handling", " ")]],
        ["Signature", [("txt", "Signature", " ")]],
    ], widths=(6.5, 10.0))
    return ID, b, True
