# -*- coding: utf-8 -*-
# EIO Annex A filled in (English), Latvia -> Malta, with Annex 1 (law text) and Annex B.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E01_en_eio_annex_a_lv_mt"
TITLE = "European Investigation Order - LV to MT - case 11840007226"
AUTHOR = "I. Kalnina"


def build(Builder):
    b = Builder(font="Arial", size=10)
    b.header(["Prosecution Office for the Investigation of Financial and Economic Crimes \u2013 Riga",
              ("br",), "EIO No. 4-2026/0918 \u2013 criminal case No. 11840007226"], size=8)
    b.footer(["EIO LV\u2192MT \u2013 4-2026/0918 \u2013 page "], page_label="")

    b.p([("b", "ANNEX A")], align="center", size=12, space_after=0)
    b.p([("b", "EUROPEAN INVESTIGATION ORDER (EIO)")], align="center", size=13)
    b.p("This EIO has been issued by a competent authority. The issuing authority certifies that "
        "the issuing of this EIO is necessary and proportionate for the purpose of the proceedings "
        "specified within it taking into account the rights of the suspected or accused person and "
        "that the investigative measures requested could have been ordered under the same "
        "conditions in a similar domestic case. I request that the investigative measure or "
        "measures specified below be carried out taking due account of the confidentiality of the "
        "investigation and that the evidence obtained as a result of the execution of the EIO be "
        "transferred.", size=9)

    band(b, "SECTION A")
    kv(b, [
        ["Issuing State:", [("txt", "Issuing State", "REPUBLIC OF LATVIA")]],
        ["Executing State:", [("txt", "Executing State", "REPUBLIC OF MALTA")]],
    ])

    band(b, "SECTION B: URGENCY")
    kv(b, [
        ["Please indicate if there is any urgency due to:",
         boxes([(True, "Evidence being concealed or destroyed"),
                (False, "Imminent trial date"),
                (False, "Any other reason")])],
        ["Please specify below:",
         "On 19 August 2026 VANTREX MARKETS LTD (Section E, person 2) applied to the Malta "
         "Business Registry to be struck off the register. The notice period ends in December "
         "2026. Once the company is struck off, its corporate records and the records kept by its "
         "company service provider may be dispersed or destroyed, and the funds still held in its "
         "payment account may be withdrawn."],
        ["Time limits for execution of the EIO are laid down in Directive 2014/41/EU. However, if "
         "a shorter or specific time limit is necessary, please provide the date and explain the "
         "reason for this:",
         ["Items C.1 to C.3 by ", ("date", "Requested date", "2026-12-15", "15/12/2026"),
          " at the latest, for the reason given above. Item C.4 (witness hearing) may follow "
          "within the ordinary time limits."]],
    ])

    band(b, "SECTION C: INVESTIGATIVE MEASURE(S) TO BE CARRIED OUT")
    kv(b, [
        ["1. Describe the assistance/investigative measure(s) required AND indicate, if "
         "applicable, if it is one of the following investigative measures:",
         [{"p": boxes([
             (True, "Obtaining information or evidence which is already in the possession of the "
                    "executing authority"),
             (False, "Obtaining information contained in databases held by police or judicial "
                     "authorities"),
             (True, "Hearing of a witness, expert, victim, suspected or accused person or third "
                    "party in the territory of the executing State"),
             (False, "Identification of persons holding a subscription of a specified phone "
                     "number or IP address"),
             (False, "Temporary transfer of a person held in custody to the issuing State"),
             (False, "Temporary transfer of a person held in custody to the executing State"),
             (False, "Hearing by videoconference or other audiovisual transmission"),
             (False, "Hearing by telephone conference"),
             (True, "Information on bank and other financial accounts"),
             (True, "Information on banking and other financial operations"),
             (False, "Investigative measure implying the gathering of evidence in real time, "
                     "continuously and over a certain period of time"),
             (False, "Covert investigations"),
             (False, "Interception of telecommunications"),
             (False, "Provisional measure(s) to prevent the destruction, transformation, moving, "
                     "transfer or disposal of an item that may be used as evidence")])}]],
        ["2. Describe the assistance/investigative measure(s) required:",
         [{"p": [("b", "C.1 "), "From CORALLIA PAYMENTS LIMITED (Section E, person 3): the "
                 "identity of the holder(s) and of every person holding a power of attorney or "
                 "online access over payment account IBAN MT84 CRLL 9001 1000 0000 0001 2345 678 "
                 "and any other account held by VANTREX MARKETS LTD or by Mr Artūrs ROZENBERGS; "
                 "the account-opening file and customer due diligence documents, including the "
                 "declaration of beneficial ownership."]},
          {"p": [("b", "C.2 "), "For the same accounts, statements for the period 1 January "
                 "2023 to 30 June 2025 and, for every outgoing transfer of EUR 10,000 or more, "
                 "the payment order with the beneficiary's name, account and bank; the log of "
                 "IP addresses used for online access to the accounts (with dates, times and "
                 "time zone)."]},
          {"p": [("b", "C.3 "), "From the Malta Business Registry: certified copies of the "
                 "memorandum and articles of VANTREX MARKETS LTD (registration No. C 98765), its "
                 "annual returns 2022 to 2026, the register of beneficial owners and the "
                 "application for striking off of 19 August 2026 with its annexes."]},
          {"p": [("b", "C.4 "), "The hearing as a witness of Ms Daniela AZZOPARDI (Section E, "
                 "person 4), company secretary of VANTREX MARKETS LTD, on the subjects listed in "
                 "Annex 2."]}]],
    ])

    band(b, "SECTION D: RELATION TO AN EARLIER EIO")
    kv(b, [
        ["Indicate whether this EIO supplements an earlier EIO. If applicable, provide "
         "information relevant to identify the previous EIO:",
         "This EIO does not supplement an earlier EIO."],
        ["If relevant, please indicate if an EIO has also been addressed to another Member "
         "State in the same case:",
         "No EIO has been addressed to another Member State in this case. A separate request for "
         "mutual legal assistance concerning onward transfers was sent to the United Arab "
         "Emirates on 4 September 2026; it does not concern the measures requested here."],
        ["Transmission:",
         "This EIO is sent directly by the issuing authority to the Office of the Attorney "
         "General of Malta, by e-mail and, in original, by registered post. No copy has been or "
         "will be sent through Eurojust, the European Judicial Network, Europol or INTERPOL."],
    ])

    band(b, "SECTION E: IDENTITY OF THE PERSON CONCERNED")
    kv(b, [
        ("span", [("b", "Person 1 \u2013 natural person")]),
        ["Position in the proceedings:", inline_boxes([(True, "suspected or accused person"),
                                                        (False, "victim"), (False, "witness"),
                                                        (False, "third party")])],
        ["Name / First name(s):", "ROZENBERGS, Artūrs"],
        ["Sex / Nationality:", "Male / Latvian"],
        ["Identity number:", "Latvian personal code 140386-11927"],
        ["Type and number of the identity document(s):", "Passport of the Republic of Latvia "
         "No. PB0712458, issued 2 May 2019, valid until 1 May 2029"],
        ["Date and place of birth:", "14 March 1986, Jelgava (Latvia)"],
        ["Residence and/or known address:", "Last known address in Latvia: Brīvības iela 187-14, "
         "Rīga (declared until March 2025). Believed to live in Malta since April 2025; address "
         "unknown."],
        ["Language(s) which the person understands:", "Latvian, Russian, English"],
        ("span", [("b", "Person 2 \u2013 legal person")]),
        ["Name / form:", "VANTREX MARKETS LTD, private limited liability company"],
        ["Registration number / registered seat:", "C 98765, Level 2, 14 Triq il-Kummerċ, "
         "Birkirkara, Malta"],
        ["Name of the legal person's representative:", "Artūrs ROZENBERGS (sole director "
         "according to the annual return of 2024)"],
        ["Position in the proceedings:", "Third party (the company's liability is being "
         "examined; it is not a suspect at this stage)"],
        ("span", [("b", "Person 3 \u2013 legal person")]),
        ["Name / registration:", "CORALLIA PAYMENTS LIMITED, payment institution, C 87654, "
         "Ta' Xbiex, Malta"],
        ["Position in the proceedings:", "Third party (holder of the records under C.1 and C.2)"],
        ("span", [("b", "Person 4 \u2013 natural person")]),
        ["Name / position:", "AZZOPARDI, Daniela \u2013 witness; company secretary of VANTREX "
         "MARKETS LTD; employed by KORDIN CORPORATE SERVICES LTD, Birkirkara"],
        ["2. Location where the measure is to be carried out:", "Malta (addresses above)"],
        ["3. Any other information that will assist with the execution of the EIO:",
         "On 23 September 2026 the issuing prosecutor discussed this case by telephone with "
         "Dr Ramona Vella Bonello, lawyer in the International Cooperation in Criminal Matters "
         "Unit of the Office of the Attorney General. Dr Vella Bonello advised that the witness "
         "hearing (C.4) be included in the same EIO as the financial measures and confirmed that "
         "Corallia Payments Limited is licensed in Malta. There has been no other contact with "
         "Maltese authorities about this case."],
    ])

    band(b, "SECTION F: TYPE OF PROCEEDINGS FOR WHICH THE EIO IS ISSUED")
    kv(b, [
        ["Type of proceedings:",
         boxes([(True, "a) with respect to criminal proceedings brought by, or that may be "
                       "brought before, a judicial authority in respect of a criminal offence "
                       "under the national law of the issuing State"),
                (False, "b) proceedings brought by administrative authorities"),
                (False, "c) proceedings brought by judicial authorities in respect of acts "
                        "punishable under the national law of the issuing State"),
                (False, "d) proceedings relating to offences for which a legal person may be "
                        "held liable")])],
        ["Legal framework of the issuing authority:",
         "Directive 2014/41/EU of the European Parliament and of the Council of 3 April 2014 "
         "regarding the European Investigation Order in criminal matters, and Part C "
         "(International Co-operation in Criminal Matters) of the Criminal Procedure Law of "
         "the Republic of Latvia."],
    ])

    band(b, "SECTION G: GROUNDS FOR ISSUING THE EIO")
    kv(b, [
        ["1. Summary of the facts:",
         [{"p": "Criminal proceedings No. 11840007226 were initiated on 2 June 2025 by the "
                "Economic Crime Enforcement Department of the State Police and are supervised by "
                "the issuing prosecutor. They concern an investment fraud committed against "
                "residents of Latvia."},
          {"p": "Between March 2023 and May 2025, persons working from a call centre in Rīga "
                "operated by SIA \u201cBaltic Lead Partners\u201d contacted people who had "
                "answered social-media advertisements and persuaded them to open trading accounts "
                "on the platform vantrex-markets.example. The platform displayed fictitious "
                "profits. When clients asked for withdrawals, they were told to pay further "
                "\u201ctaxes\u201d and \u201cinsurance\u201d. To date 214 victims have been "
                "identified; their payments total EUR 3,462,870. None of them recovered any money."},
          {"p": "According to the payment confirmations kept by 196 victims, the payments were "
                "made to the account mentioned in C.1, held by VANTREX MARKETS LTD with CORALLIA "
                "PAYMENTS LIMITED. Analysis of three victims' bank data shows that the money was "
                "moved within two to five days to accounts in the United Arab Emirates and Hong "
                "Kong."},
          {"p": "Mr Artūrs ROZENBERGS is the sole director of VANTREX MARKETS LTD and the "
                "beneficial owner of SIA \u201cBaltic Lead Partners\u201d. Two former call-centre "
                "employees stated that he gave the daily scripts and targets and that he "
                "\u201cmoved to Malta to look after the payments\u201d. On 11 August 2026 he was "
                "recognised as a suspect in absentia; he has not yet been informed."},
          {"p": "Stage of the investigation: pre-trial investigation; victims and Latvian "
                "banks have been heard and examined; the Maltese records are needed before a "
                "decision to prosecute can be taken."}]],
        ["2. Nature and legal classification of the offence(s) for which the EIO is issued and "
         "the applicable statutory provision/code:",
         [{"p": "(a) Fraud committed on a large scale and in an organised group \u2013 Section "
                "177, Paragraph three, of the Criminal Law of the Republic of Latvia; maximum "
                "penalty: deprivation of liberty for ten years, with or without confiscation of "
                "property."},
          {"p": "(b) Laundering of criminally acquired financial resources on a large scale "
                "\u2013 Section 195, Paragraph three, of the Criminal Law; penalty: deprivation "
                "of liberty for three to twelve years, with confiscation of property."},
          {"p": "The text of both provisions is reproduced in Annex 1."}]],
        ["3. Is the offence punishable in the issuing State by a custodial sentence or detention "
         "order of a maximum of at least three years and included in the list below? (tick the "
         "relevant box)",
         boxes([(False, "participation in a criminal organisation"),
                (True, "laundering of the proceeds of crime"),
                (False, "computer-related crime"),
                (True, "swindling"),
                (False, "other (see list in Annex D to Directive 2014/41/EU)")])],
    ])

    band(b, "SECTION H: ADDITIONAL REQUIREMENTS FOR CERTAIN MEASURES")
    kv(b, [
        ("span", [("b", "H4 \u2013 Information on bank and other financial accounts")]),
        ["Reasons why you consider the requested information relevant for the purpose of the "
         "criminal proceedings:",
         [{"p": "C.1: the account is the only account into which the victims were told to pay; "
                "the identity of the persons who opened and controlled it will show whether "
                "Mr ROZENBERGS controlled the money received from the victims, which is the core "
                "element of the fraud charge against him."},
          {"p": "C.2: the statements and payment orders will show the total amount received, "
                "the dates of the onward transfers and their beneficiaries; this is needed to "
                "prove the laundering offence and to identify the accounts abroad that may be "
                "frozen later. The IP logs will show whether the account was operated from the "
                "call centre in Rīga."},
          {"p": "C.3: the corporate documents identify the beneficial owners and the persons "
                "who gave instructions to the company; they also show whether the striking-off "
                "application was made to obstruct the investigation."},
          {"p": "C.4: Ms AZZOPARDI signed the annual returns and the striking-off application "
                "and can say who instructed her and who had access to the company's accounts."}]],
        ["On what grounds you presume that banks in the executing State hold the account:",
         "The IBAN has the country code MT and the bank code of CORALLIA PAYMENTS LIMITED, a "
         "payment institution licensed by the Malta Financial Services Authority."],
        ["Period:", "1 January 2023 \u2013 30 June 2025"],
    ])

    band(b, "SECTION I: FORMALITIES AND PROCEDURES REQUESTED FOR THE EXECUTION")
    kv(b, [
        ["1.", [{"p": boxes([(True, "It is requested that the executing authority comply with "
                                    "the following formalities and procedures:")])},
                {"p": "(a) Records under C.1 and C.2 to be provided in electronic form (PDF and, "
                      "for statements, CSV) together with a declaration signed by an officer of "
                      "the institution that they are complete and true copies of records kept "
                      "in the ordinary course of business. Latvian courts admit foreign bank "
                      "records as documentary evidence on that basis."},
                {"p": "(b) Ms AZZOPARDI to be heard as a witness after being informed of her "
                      "right not to incriminate herself; the record to be drawn up in English "
                      "and signed by her; if Maltese law permits, the hearing to be "
                      "audio-recorded."},
                {"p": "(c) Confidentiality: CORALLIA PAYMENTS LIMITED, KORDIN CORPORATE "
                      "SERVICES LTD and the witness should be asked not to disclose the EIO to "
                      "VANTREX MARKETS LTD, to Mr ROZENBERGS or to any customer. Mr ROZENBERGS "
                      "does not know that he is a suspect. If he learns of the EIO he can empty "
                      "the account and have records destroyed before the company is struck off. "
                      "If the executing authority cannot ensure confidentiality, please consult "
                      "the issuing authority before executing the EIO."}]],
        ["2.", [{"p": boxes([(False, "It is requested that one or several officials of the "
                                     "issuing State assist in the execution of the EIO in support "
                                     "of the competent authorities of the executing State.")])},
                {"p": "Not requested: no official of the Republic of Latvia will attend the "
                      "execution, and the issuing prosecutor does not wish to be present at "
                      "the hearing of the witness."}]],
    ])

    band(b, "SECTION J: LEGAL REMEDIES")
    kv(b, [
        ["1. Legal remedy already sought against the issuing of the EIO:", "None."],
        ["2. Authority in the issuing State which can supply further information on legal "
         "remedies:", "The issuing authority (Section K)."],
    ])

    band(b, "SECTION K: DETAILS OF THE AUTHORITY THAT ISSUED THE EIO")
    kv(b, [
        ["Type of authority:", boxes([(False, "Judge, court, or investigating judge"),
                                      (True, "Public prosecutor"),
                                      (False, "Other competent authority as defined by the law "
                                              "of the issuing State")])],
        ["Name of the authority:", "Prosecution Office for the Investigation of Financial and "
         "Economic Crimes, Prosecutor General's Office of the Republic of Latvia"],
        ["Name of its representative:", [("txt", "Representative", "Ilze KALNIŅA")]],
        ["Post held (title/grade):", "Prosecutor"],
        ["File reference:", [("txt", "File reference", "4-2026/0918; criminal case No. 11840007226")]],
        ["Address:", "Kalpaka bulvāris 6, Rīga, LV-1801, Latvia"],
        ["Tel. No.:", "(+371) 6700 0412"],
        ["Fax No.:", "(+371) 6700 0499"],
        ["E-mail:", "ilze.kalnina@prokuratura.example.lv"],
        ["Languages in which it is possible to communicate with the issuing authority:",
         "Latvian, English, Russian"],
        ["Contact details of the person(s) to contact for additional information or practical "
         "arrangements for the transfer of evidence:",
         "Senior Inspector Mārtiņš OZOLS, Economic Crime Enforcement Department, State Police; "
         "tel. (+371) 6707 5531; martins.ozols@vp.example.lv"],
        ["Signature of the issuing authority certifying the content of the EIO as accurate and "
         "correct:", [("i", "(signed)"), ("br",), "Ilze KALNIŅA, Prosecutor", ("br",),
                      "Date: ", ("date", "Date of issue", "2026-09-30", "30/09/2026"),
                      ("br",), "Official stamp"]],
    ])

    band(b, "SECTION L: DETAILS OF THE JUDICIAL AUTHORITY WHICH VALIDATED THE EIO")
    kv(b, [
        ["Validation:", "Not applicable \u2013 the EIO is issued by a public prosecutor."],
        ["Central authority responsible for the administrative transmission:",
         "Not applicable \u2013 transmitted directly by the issuing authority."],
    ])

    # Annex 1 - text of the law
    b.page_break()
    b.p([("b", "Annex 1 \u2013 Criminal Law of the Republic of Latvia (extracts, English "
               "translation)")], align="center")
    b.p([("b", "Section 177. Fraud")])
    b.p("(1) For a person who commits acquisition of the property of another or of rights to "
        "such property, or the obtaining of other benefits of a property nature, by using, in "
        "bad faith, trust, or by deceit (fraud), the applicable punishment is deprivation of "
        "liberty for a period up to three years or temporary deprivation of liberty, or "
        "probationary supervision, or community service, or a fine.", size=9.5)
    b.p("(2) [...]", size=9.5)
    b.p("(3) For a person who commits fraud, if it has been committed on a large scale, or in an "
        "organised group, the applicable punishment is deprivation of liberty for a period up to "
        "ten years, with or without confiscation of property and with or without probationary "
        "supervision for a period up to three years.", size=9.5)
    b.p([("b", "Section 195. Laundering of Criminally Acquired Financial Resources or Other "
               "Property")])
    b.p("(1) For a person who commits laundering of criminally acquired financial resources or "
        "other property, the applicable punishment is deprivation of liberty for a period up to "
        "five years or temporary deprivation of liberty, or probationary supervision, or "
        "community service, or a fine, with or without confiscation of property.", size=9.5)
    b.p("(2) [...]", size=9.5)
    b.p("(3) For the commission of the acts provided for in Paragraph one of this Section, if "
        "they have been committed on a large scale or in an organised group, the applicable "
        "punishment is deprivation of liberty for a period of three and up to twelve years, with "
        "confiscation of property and with or without probationary supervision for a period up "
        "to three years.", size=9.5)

    b.p([("b", "Annex 2 \u2013 Subjects for the hearing of Ms Daniela AZZOPARDI (C.4)")],
        align="center", space_before=12)
    n = b.numbering("legal")
    for q in [
        "Since when she has acted as company secretary of VANTREX MARKETS LTD, who appointed her "
        "and who paid for the services of KORDIN CORPORATE SERVICES LTD.",
        "Who gave her instructions on behalf of the company, by which means (e-mail addresses, "
        "telephone numbers, messaging applications) and how often.",
        "Whether she met Mr Artūrs ROZENBERGS, when and where, and what he said about the "
        "company's business.",
        "Who had signing rights or online access to the company's account with CORALLIA "
        "PAYMENTS LIMITED.",
        "Who asked her to apply for the striking off of 19 August 2026 and for what reason.",
        "Any documents she holds on the company, which she is asked to produce.",
    ]:
        b.p(q, num=n, size=9.5)

    # Annex B
    b.page_break()
    b.p([("b", "ANNEX B")], align="center", size=12, space_after=0)
    b.p([("b", "CONFIRMATION OF THE RECEIPT OF AN EIO")], align="center", size=12)
    b.p("This form has to be completed by the authority of the executing State which received "
        "the EIO referred to below. Please return it to the issuing authority by e-mail "
        "(ilze.kalnina@prokuratura.example.lv) or by fax ((+371) 6700 0499).", size=9)
    band(b, "(A) THE EIO CONCERNED")
    kv(b, [
        ["Authority which issued the EIO:", "Prosecution Office for the Investigation of "
         "Financial and Economic Crimes (Latvia)"],
        ["File reference:", "4-2026/0918"],
        ["Date of issue:", "30/09/2026"],
        ["Date of receipt:", [("txt", "Date of receipt", " ")]],
    ])
    band(b, "(B) THE AUTHORITY WHICH RECEIVED THE EIO")
    kv(b, [
        ["Official name of the competent authority:", [("txt", "Receiving authority", " ")]],
        ["Name of its representative:", [("txt", "Representative", " ")]],
        ["Post held (title/grade):", [("txt", "Post", " ")]],
        ["Address:", [("txt", "Address", " ")]],
        ["Tel. No. / Fax No. / E-mail:", [("txt", "Contact", " ")]],
        ["File reference:", [("txt", "Executing file reference", " ")]],
        ["Languages in which it is possible to communicate with the authority:",
         [("txt", "Languages", " ")]],
    ])
    band(b, "(C) (WHERE APPLICABLE) THE COMPETENT AUTHORITY TO WHICH THE EIO IS TRANSFERRED")
    kv(b, [
        ["Official name of the authority:", [("txt", "Transferred to", " ")]],
        ["Address / Tel. / E-mail:", [("txt", "Transferee contact", " ")]],
        ["Date of transfer:", [("txt", "Date of transfer", " ")]],
    ])
    band(b, "(D) ANY OTHER INFORMATION THAT MAY BE RELEVANT")
    kv(b, [["Information:", [("txt", "Other information", " ")]]])
    band(b, "(E) SIGNATURE AND DATE")
    kv(b, [["Signature / Date / Official stamp:", [("txt", "Signature", " ")]]])
    return ID, b, True
