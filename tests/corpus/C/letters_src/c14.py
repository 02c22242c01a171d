ID = "C14_en_letter_of_request_gb_ae"
OPTIONS = dict(lang="en-GB", font="Arial", size=11)


def build(L):
    L.header("OFFICIAL-SENSITIVE", size=10, bold=True)
    L.footer("OFFICIAL-SENSITIVE – SFO ref. SFO/CC/0417/24 – Letter of Request to the United Arab Emirates",
             page_word="Page")
    L.p("**SERIOUS FRAUD OFFICE**\n2-4 Cockspur Street, London SW1Y 5BS, United Kingdom\nTelephone: +44 20 7946 0417 | E-mail: mla.requests@example.sfo.gov.uk",
        align="center", size=10)
    L.p("**LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE IN A CRIMINAL MATTER**", align="center", size=13, space_before=10)
    L.p("**URGENT** – see paragraphs 26 to 28\n**CONFIDENTIAL** – see paragraph 29", align="center", size=11)
    L.table([["To", "The Competent Judicial Authority of the United Arab Emirates\nVia: International Cooperation Department, Ministry of Justice, Abu Dhabi (Central Authority)"],
             ["From", "The Serious Fraud Office (SFO), acting through its designated prosecutor, Ms Eleanor Jane Whitcombe, Principal Lawyer"],
             ["Transmitted by", "UK Central Authority, Home Office, 2 Marsham Street, London SW1P 4DF"],
             ["SFO reference", "SFO/CC/0417/24 – Operation HALYARD"],
             ["Date", "16 February 2026"]],
            widths_cm=[4, 12.5], size=10, bold_first_col=True)
    n = L.new_list("decimal")

    L.heading("A. Introduction")
    L.p("I, Eleanor Jane Whitcombe, am a Principal Lawyer at the Serious Fraud Office of England and Wales. The Director of the SFO is a designated prosecuting authority for the purposes of section 7(5) of the Crime (International Co-operation) Act 2003, and I am authorised by the Director to issue this Letter of Request on the Director's behalf.",
        num=n, align="justify")
    L.p("The SFO is conducting a criminal investigation into suspected bribery of foreign public officials and related money laundering by Harcastle Engineering Group plc and certain of its former employees and agents. The SFO respectfully requests the assistance of the competent authorities of the United Arab Emirates in obtaining banking, corporate and land-registry records and a witness statement, as set out in Section G.",
        num=n, align="justify")
    L.p("My direct contact details are: telephone +44 20 7946 0418; mobile +44 7700 900417; e-mail eleanor.whitcombe@example.sfo.gov.uk. The case controller, Ms Rebecca Anne Sowerby, can be reached on +44 20 7946 0422 or rebecca.sowerby@example.sfo.gov.uk.",
        num=n, align="justify")

    L.heading("B. Legal basis")
    L.p("This request is made pursuant to the Agreement between the Government of the United Kingdom of Great Britain and Northern Ireland and the Government of the United Arab Emirates on Mutual Legal Assistance in Criminal Matters, and to Article 46 of the United Nations Convention against Corruption (2003), to which both States are party. It is issued under section 7 of the Crime (International Co-operation) Act 2003.",
        num=n, align="justify")

    L.heading("C. Prior contact and channels of transmission")
    L.p("On 4 December 2025, Ms Whitcombe and an officer of the UK Central Authority met representatives of the International Cooperation Department of the UAE Ministry of Justice at the British Embassy in Abu Dhabi. The UAE representatives advised that the request should identify each account by number and each witness by address, and that a certificate-of-authenticity template for bank records would assist. This letter follows that advice (see paragraphs 17 and 23 and Annex D).",
        num=n, align="justify")
    L.p("An advance electronic copy of this letter is being sent to the International Cooperation Department by the UK Central Authority. The original follows through the diplomatic bag. No copy has been or will be sent through INTERPOL or any other channel.",
        num=n, align="justify")

    L.heading("D. Persons and entities subject to the investigation")
    L.p("**Graham Peter HOLLOWAY**, British national, born 3 November 1968 in Reading, United Kingdom, holder of British passport number 500041788. Mr Holloway was Regional Director, Middle East and Africa, of Harcastle Engineering Group plc from January 2017 until his dismissal in March 2024. He is believed to have resided in Dubai from 2017 and to retain a residence there.",
        num=n, align="justify")
    L.p("**Harcastle Engineering Group plc**, a company incorporated in England and Wales (company number 00000417), registered office 40 Riverside Quay, Bristol BS1 6XX, which designs and builds water-treatment and power infrastructure.",
        num=n, align="justify")
    L.p("**Falconridge Advisory FZE**, a free-zone establishment registered in Dubai (licence number DMCC-000417), described in Harcastle's records as a \u201cbusiness development consultant\u201d. Its sole shareholder and manager is recorded as **Mr Tariq Salman AL-NOORI**, Iraqi national, born 19 May 1975, Iraqi passport number A0041771.",
        num=n, align="justify")

    L.heading("E. Summary of the facts")
    L.p("Between 2018 and 2023, Harcastle was awarded three contracts, worth a total of approximately USD 312 million, by a State-owned energy company in a third country (the \u201cEnergy Company\u201d, identified in Annex C). Harcastle's internal records show that each award was preceded by a \u201cconsultancy agreement\u201d with Falconridge Advisory FZE providing for a success fee of between 4 % and 5 % of contract value.",
        num=n, align="justify")
    L.p("Harcastle paid Falconridge a total of USD 14.2 million between March 2019 and June 2023, into account number 0417-000123-001 held at Gulf Meridian Bank PJSC, Dubai. No work product supporting the \u201cconsultancy\u201d has been found. Internal e-mails recovered from Harcastle's servers, and the account of a cooperating former employee, indicate that Falconridge's fees were used to pay officials of the Energy Company who sat on the tender evaluation committees.",
        num=n, align="justify")
    L.p("Analysis of correspondent-bank records obtained in the United Kingdom shows that Falconridge transferred at least USD 9.6 million onward to accounts in three jurisdictions held by relatives of two of those officials, and that {-USD 1.4 million-}{+USD 1.1 million+} was transferred in six instalments between 2020 and 2023 from the Falconridge account to account number 0417-000987-002, also at Gulf Meridian Bank PJSC, held in the personal name of Mr Holloway.",
        num=n, align="justify")
    L.p("Mr Holloway approved each of the Falconridge consultancy agreements and each payment request. He did not declare any interest in Falconridge. In 2021 he is believed to have purchased a villa at Palm Jumeirah, Dubai (Villa 41, Frond K), for approximately AED 11 million.",
        num=n, align="justify")
    L.p("Harcastle self-reported the suspected conduct to the SFO in April 2024. The SFO opened its investigation on 2 July 2024. Mr Holloway was interviewed under caution in London on 14 October 2025 and declined to answer questions. No charging decision has yet been made.",
        num=n, align="justify")

    L.heading("F. The offences under investigation")
    L.p("The offences under investigation are the following. The text of each provision is set out in Annex A.",
        num=n, align="justify")
    L.p("Bribery of a foreign public official, contrary to section 6 of the Bribery Act 2010: maximum penalty 10 years' imprisonment, an unlimited fine, or both (section 11(1)).",
        num=n, level=1, align="justify")
    L.p("Failure of a commercial organisation to prevent bribery, contrary to section 7 of the Bribery Act 2010 (Harcastle): maximum penalty an unlimited fine (section 11(3)).",
        num=n, level=1, align="justify")
    L.p("Conspiracy to give bribes, contrary to section 1(1) of the Criminal Law Act 1977 and section 1 of the Bribery Act 2010: maximum penalty 10 years' imprisonment, an unlimited fine, or both.",
        num=n, level=1, align="justify")
    L.p("Concealing, disguising, converting or transferring criminal property, contrary to section 327 of the Proceeds of Crime Act 2002: maximum penalty 14 years' imprisonment, a fine, or both (section 334).",
        num=n, level=1, align="justify")
    L.p("The conduct described would, I am advised, also constitute offences under the law of the United Arab Emirates, including bribery of foreign public officials and money laundering under Federal Decree-Law No. 20 of 2018.",
        num=n, align="justify")

    L.heading("G. Assistance requested")
    L.p("The SFO respectfully requests that the competent authorities of the United Arab Emirates:", num=n, align="justify")
    L.p("obtain from Gulf Meridian Bank PJSC, Dubai, for the period 1 January 2018 to 31 December 2024, in respect of account number 0417-000123-001 (Falconridge Advisory FZE) and account number 0417-000987-002 (Graham Peter Holloway), and any other account held by, or on behalf of, either of them at that bank: (i) account-opening documents and know-your-customer and beneficial-ownership records; (ii) statements of account; (iii) the SWIFT messages and supporting documents for each incoming and outgoing transfer exceeding USD 10,000; (iv) correspondence with the account holders; (v) any internal due-diligence or suspicious-activity review concerning the accounts, so far as UAE law permits its disclosure;",
        num=n, level=1, align="justify")
    L.p("obtain from the Dubai Multi Commodities Centre Authority (or such other registrar as holds them) the licence file of Falconridge Advisory FZE, including its memorandum and articles, shareholder and manager registers, ultimate-beneficial-owner declarations, office lease and any licence renewals, from incorporation to date;",
        num=n, level=1, align="justify")
    L.p("obtain from the Dubai Land Department the title record and transaction history of Villa 41, Frond K, Palm Jumeirah, including the identity of each purchaser since 2019, the price paid and the means of payment;",
        num=n, level=1, align="justify")
    L.p("take a statement from **Ms Priya Menon RAGHAVAN**, Indian national, former office manager of Falconridge Advisory FZE, believed to reside at Apartment 1704, Marina Crest Tower, Dubai Marina, concerning the matters listed in Annex B, including who instructed payments from the Falconridge account and whether Falconridge performed any consultancy work.",
        num=n, level=1, align="justify")
    L.p("The SFO further asks that, if in the course of execution the UAE authorities identify further accounts or assets linked to the persons in Section D, they consider informing the SFO so that a supplementary request can be made.",
        num=n, align="justify")

    L.heading("H. Relevance of the assistance requested")
    L.p("The bank records in paragraph 17(a) are the only means of establishing, to the criminal standard, the destination of the USD 14.2 million paid by Harcastle. UK correspondent-bank data show only the inter-bank leg of each transfer; they do not show the ultimate beneficiaries, the narrative supplied by Falconridge, or the instructions given by Mr Al-Noori or Mr Holloway.",
        num=n, align="justify")
    L.p("The corporate records in paragraph 17(b) will show who owned and controlled Falconridge. If, as the SFO suspects, Mr Holloway was a beneficial owner or had signing authority, this would establish his knowledge and his personal benefit.",
        num=n, align="justify")
    L.p("The land-registry records in paragraph 17(c) are sought because the purchase of the villa in 2021 coincides with two of the transfers from Falconridge to Mr Holloway's account; they will show whether the proceeds of the suspected bribery were invested in the property, which is relevant both to the money-laundering offence and to any future confiscation proceedings.",
        num=n, align="justify")
    L.p("Ms Raghavan's evidence (paragraph 17(d)) is sought because she is the only known person, other than the suspects, with first-hand knowledge of Falconridge's day-to-day activity, and therefore of whether its \u201cconsultancy\u201d was genuine.",
        num=n, align="justify")

    L.heading("I. Procedures to be followed")
    L.p("So far as compatible with the law of the United Arab Emirates, the SFO requests that:", num=n, align="justify")
    L.p("the bank, registry and land-department records be produced as certified copies, each accompanied by a certificate from an appropriate officer in the form of Annex D, so that they may be admitted as business documents under section 117 of the Criminal Justice Act 2003;",
        num=n, level=1, align="justify")
    L.p("Ms Raghavan's statement be taken by a UAE official and recorded in writing, in English or in Arabic with an English translation, signed by her on each page, and that before giving it she be informed that it may be used in criminal proceedings in England and Wales. If Ms Raghavan prefers, the SFO would be equally content for her evidence to be taken by video link from the United Kingdom at a date to be agreed;",
        num=n, level=1, align="justify")
    L.p("the material obtained be sent to the SFO through the UK Central Authority, with a record of who obtained each item and when, and that originals be retained in the UAE unless they are requested later for trial.",
        num=n, level=1, align="justify")
    L.p("If any of these procedures cannot be followed, the SFO would be grateful to be told, so that an alternative can be discussed.",
        num=n, align="justify")

    L.heading("J. Presence of UK officials")
    L.p("The SFO would wish Ms Rebecca Anne Sowerby, Case Controller, and Mr Daniel Chukwuemeka Okafor, Investigator, to be permitted to attend the taking of Ms Raghavan's statement.",
        num=n, align="justify")

    L.heading("K. Urgency")
    L.p("This request is urgent. The SFO must reach a charging decision on Mr Holloway before 30 June 2026, when the deferred prosecution agreement negotiations with Harcastle are due to conclude, and the bank and corporate records are required for that decision.",
        num=n, align="justify")
    L.p("The SFO therefore respectfully asks that the records in paragraphs 17(a) to (c) be provided by **30 April 2026**, and that the statement in paragraph 17(d) be taken by 31 May 2026.",
        num=n, align="justify")
    L.p("A further reason for expedition is that Mr Holloway has, since his interview under caution, listed the Palm Jumeirah villa for sale.",
        num=n, align="justify")

    L.heading("L. Confidentiality")
    L.p("The SFO asks that the existence and content of this request be kept confidential and, in particular, that neither Gulf Meridian Bank PJSC nor the registries notify the account holders or the persons named in Section D.[^Mr Holloway has not been told that the SFO is seeking evidence in the UAE, and Mr Al-Noori has not been approached at all. Notification would give both the opportunity to move funds held in the UAE, to dispose of the villa, and to contact Ms Raghavan before her statement is taken. If the UAE authorities cannot maintain confidentiality, the SFO asks to be consulted before the request is executed.^]",
        num=n, align="justify")

    L.heading("M. Undertakings")
    L.p("The SFO undertakes that any material provided in response to this request will be used only for the purposes of the investigation and any resulting criminal proceedings and confiscation proceedings described in this letter, and will not be used for any other purpose without the prior consent of the UAE authorities; that it will return any original documents on request; and that it will bear any extraordinary costs of execution, after consultation.",
        num=n, align="justify")

    L.heading("N. Language, acknowledgement and annexes")
    L.p("A certified Arabic translation of this letter and of Annexes A, B and D is enclosed as Annex F.", num=n, align="justify")
    L.p("An acknowledgement-of-receipt form is attached as Annex E. The SFO would be grateful if it could be completed and returned to mla.requests@example.sfo.gov.uk.",
        num=n, align="justify")
    L.p("Annexes:", bold=True, space_before=4)
    for t in ["Annex A – Text of sections 1, 6, 7 and 11 of the Bribery Act 2010, section 1 of the Criminal Law Act 1977 and sections 327 and 334 of the Proceeds of Crime Act 2002",
              "Annex B – Matters to be covered in the statement of Ms Priya Menon Raghavan",
              "Annex C – Identity of the Energy Company and of the officials concerned (restricted)",
              "Annex D – Template certificate of authenticity for business records",
              "Annex E – Acknowledgement of receipt",
              "Annex F – Certified Arabic translation"]:
        L.p(t, size=10, indent_cm=0.6, space_after=1)
    L.p("I respectfully request your assistance and thank the authorities of the United Arab Emirates for their cooperation.",
        space_before=8, align="justify")
    L.p("\n\nEleanor Jane Whitcombe\nPrincipal Lawyer, Serious Fraud Office\nfor and on behalf of the Director of the Serious Fraud Office")

    L.page_break()
    L.p("**ANNEX A – TEXT OF THE RELEVANT PROVISIONS (EXTRACTS)**", align="center")
    L.p("**Bribery Act 2010, section 6 (Bribery of foreign public officials)**", size=10)
    L.p("(1) A person (\u201cP\u201d) who bribes a foreign public official (\u201cF\u201d) is guilty of an offence if P's intention is to influence F in F's capacity as a foreign public official.\n(2) P must also intend to obtain or retain (a) business, or (b) an advantage in the conduct of business.\n(3) P bribes F if, and only if (a) directly or through a third party, P offers, promises or gives any financial or other advantage (i) to F, or (ii) to another person at F's request or with F's assent or acquiescence, and (b) F is neither permitted nor required by the written law applicable to F to be influenced in F's capacity as a foreign public official by the offer, promise or gift.",
        size=10, align="justify")
    L.p("**Bribery Act 2010, section 7 (Failure of commercial organisations to prevent bribery)**", size=10)
    L.p("(1) A relevant commercial organisation (\u201cC\u201d) is guilty of an offence under this section if a person (\u201cA\u201d) associated with C bribes another person intending (a) to obtain or retain business for C, or (b) to obtain or retain an advantage in the conduct of business for C.\n(2) But it is a defence for C to prove that C had in place adequate procedures designed to prevent persons associated with C from undertaking such conduct.",
        size=10, align="justify")
    L.p("**Bribery Act 2010, section 11 (Penalties)**", size=10)
    L.p("(1) An individual guilty of an offence under section 1, 2 or 6 is liable (a) on summary conviction, to imprisonment for a term not exceeding 12 months, or to a fine not exceeding the statutory maximum, or to both, (b) on conviction on indictment, to imprisonment for a term not exceeding 10 years, or to a fine, or to both. […] (3) A person guilty of an offence under section 7 is liable on conviction on indictment to a fine.",
        size=10, align="justify")
    L.p("**Proceeds of Crime Act 2002, section 327 (Concealing etc.)**", size=10)
    L.p("(1) A person commits an offence if he (a) conceals criminal property; (b) disguises criminal property; (c) converts criminal property; (d) transfers criminal property; (e) removes criminal property from England and Wales or from Scotland or from Northern Ireland. […] Section 334(1): a person guilty of an offence under section 327 is liable on conviction on indictment to imprisonment for a term not exceeding 14 years or to a fine or to both.",
        size=10, align="justify")
    L.p("[Section 1 of the Bribery Act 2010 and section 1 of the Criminal Law Act 1977 follow in the original annex.]", size=10, italic=True)

    L.page_break()
    L.p("**ANNEX E – ACKNOWLEDGEMENT OF RECEIPT**", align="center")
    L.p("Please complete and return to: Serious Fraud Office, International Assistance Unit, 2-4 Cockspur Street, London SW1Y 5BS – mla.requests@example.sfo.gov.uk", size=10, align="center")
    L.table([["SFO reference", "SFO/CC/0417/24 – Operation HALYARD"],
             ["Received by (authority)", ""],
             ["Date of receipt", ""],
             ["UAE reference number", ""],
             ["Executing authority and contact officer", ""],
             ["Signature and stamp", ""]], widths_cm=[6, 10.5], size=10, bold_first_col=True)
