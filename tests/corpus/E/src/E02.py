# -*- coding: utf-8 -*-
# Council of Europe PC-OC model request form (English), Norway (Okokrim) -> United Kingdom.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E02_en_pcoc_model_form_no_gb"
TITLE = "Request for mutual assistance - Okokrim 2026/00877"
AUTHOR = "K. Aasen"


def build(Builder):
    b = Builder(font="Calibri", size=10.5)
    b.header(["ØKOKRIM \u2013 The National Authority for Investigation and Prosecution of "
              "Economic and Environmental Crime", ("br",), "Our ref. 2026/00877 \u2013 "
              "RESTRICTED"], size=8)
    b.footer(["Model request form (PC-OC) \u2013 Økokrim 2026/00877 \u2013 p. "], page_label="")

    b.p([("b", "REQUEST FOR MUTUAL ASSISTANCE IN CRIMINAL MATTERS")], align="center", size=13,
        space_after=0)
    b.p("(Council of Europe model request form \u2013 PC-OC)", align="center", size=9)

    band(b, "1. Requesting authority")
    kv(b, [
        ["Name of the authority", "ØKOKRIM \u2013 The National Authority for Investigation and "
         "Prosecution of Economic and Environmental Crime, Oslo, Norway"],
        ["Magistrate in charge", [("txt", "Prosecutor", "Kari AASEN, Senior Public Prosecutor "
                                  "(førstestatsadvokat)")]],
        ["Postal address", "P.O. Box 8000 Dep., 0030 Oslo, Norway"],
        ["Telephone / e-mail", "+47 2300 0047  /  kari.aasen@okokrim.example.no"],
        ["Our reference", [("txt", "Reference", "2026/00877")]],
    ])

    band(b, "2. Requested authority")
    kv(b, [
        ["Name and address", "UK Central Authority, International Criminality Unit, Home Office, "
         "London, United Kingdom"],
        ["Jurisdiction(s) where execution is sought", "England and Wales"],
    ])

    band(b, "3. Legal basis")
    kv(b, [
        ["Instrument(s)", boxes([
            (True, "European Convention on Mutual Assistance in Criminal Matters, Strasbourg, "
                   "20 April 1959"),
            (True, "Additional Protocol, Strasbourg, 17 March 1978 (Chapter I \u2013 fiscal "
                   "offences)"),
            (False, "Second Additional Protocol, Strasbourg, 8 November 2001"),
            (False, "Other multilateral or bilateral instrument"),
            (False, "Reciprocity")])],
    ])

    band(b, "4. Time frame")
    kv(b, [
        ["Is a particular deadline set?", inline_boxes([(False, "Yes"), (True, "No")])],
        ["Comments", "No particular deadline. The investigation is at an early stage, no one is "
         "in custody and no limitation period expires before 2030. Ordinary handling is "
         "requested."],
    ])

    band(b, "5. Restrictions on disclosure")
    kv(b, [
        ["Status of the request", boxes([(True, "Confidential \u2013 not to be disclosed to the "
                                                "persons concerned"),
                                         (False, "No restriction")])],
        ["Reasons", [("txt", "Reasons for restriction", "\u2014")]],
    ])

    band(b, "6. Previous requests and contacts in the same matter")
    kv(b, [
        ["Earlier requests", "None."],
        ["Contacts", "On 3 March 2026 the Norwegian police liaison officer posted at the National "
         "Crime Agency in London, Inspector Silje Hovland, asked the NCA informally whether "
         "Nordhavn Marine Consulting LLP was known. The NCA replied on 5 March 2026 that the "
         "LLP's registered office is the address of a company formation agent and that no "
         "intelligence was held. No other contact has taken place."],
    ])

    band(b, "7. Parallel transmission")
    kv(b, [
        ["Has the request been sent through another channel?",
         "An advance copy was sent by e-mail to the UKCA mailbox on the date of signature. The "
         "signed original follows by post. The request has not been sent through INTERPOL, "
         "Eurojust or the diplomatic channel."],
    ])

    band(b, "8. Description of the facts")
    b.p("Økokrim is investigating Mr Tor Einar MYKLEBUST (section 9) for aggravated tax fraud "
        "concerning the income years 2019 to 2024.", size=10)
    b.p("Mr MYKLEBUST lives in Ålesund and was tax resident in Norway throughout the period. He "
        "works as a marine surveyor and technical consultant for shipowners. From 2019 he "
        "invoiced most of his services not in his own name but through Nordhavn Marine "
        "Consulting LLP, a limited liability partnership registered in England and Wales, whose "
        "designated members are two companies registered in Belize. According to invoices "
        "seized from three Norwegian shipowners on 14 January 2026, NOK 38.6 million was paid "
        "for his services into the LLP's account with Albion Mercantile Bank plc in London.",
        size=10)
    b.p("Mr MYKLEBUST declared only a small salary in Norway. If the income paid to the LLP is "
        "his personal income, as the investigation indicates, the tax evaded amounts to "
        "approximately NOK 8.9 million. Card payments in Norway and Spain made with a debit card "
        "linked to the LLP account point to his personal use of the funds.", size=10)

    band(b, "9. Persons concerned")
    kv(b, [
        ["Status", inline_boxes([(True, "Suspect"), (False, "Witness"), (False, "Victim"),
                                 (False, "Other")])],
        ["Surname, first names", "MYKLEBUST, Tor Einar"],
        ["Date and place of birth", "7 November 1971, Ålesund, Norway"],
        ["Nationality / identity number", "Norwegian / national identity number 071171 48213"],
        ["Passport", "Norwegian passport No. 31475522, issued 12 June 2022"],
        ["Address", "Storgata 41, 6002 Ålesund, Norway"],
        ("span", " "),
        ["Entity", "Nordhavn Marine Consulting LLP, registered in England and Wales, No. "
         "OC400000, registered office c/o Kingsway Formations Ltd, London"],
        ["Witness", "The director or records custodian of Kingsway Formations Ltd (formation "
         "agent), London"],
    ])

    band(b, "10. Legal qualification")
    kv(b, [
        ["Offence(s)", "Aggravated tax fraud (grovt skattesvik)"],
        ["Provisions", "Sections 378 and 379 of the Norwegian Penal Code (Act of 20 May 2005 "
         "No. 28)"],
        ["Maximum penalty", "Imprisonment for up to six years (section 379)"],
        ["Text of the legal provisions", [("txt", "Law text", "Not attached")]],
    ])

    band(b, "11. Measures requested")
    n = b.numbering("legal")
    b.p(["From Albion Mercantile Bank plc, London: the account-opening documents, mandates and "
         "customer due diligence file, and the statements for the period 1 January 2019 to 31 "
         "December 2024, of account No. 12345678 (sort code 40-00-00) and of any other account "
         "held by Nordhavn Marine Consulting LLP; details of every debit card linked to those "
         "accounts and of its cardholder."], num=n, size=10)
    b.p(["From Companies House: certified copies of the incorporation document of Nordhavn "
         "Marine Consulting LLP, all confirmation statements, the register of persons with "
         "significant control and notices of change of members."], num=n, size=10)
    b.p(["A witness statement from the director or records custodian of Kingsway Formations Ltd "
         "stating who instructed the formation of the LLP, who paid the fees, with which contact "
         "details, and producing the client file."], num=n, size=10)

    band(b, "12. Purpose of each measure")
    kv(b, [
        ["Measure 1", "The mandates and due diligence file will show whether Mr MYKLEBUST "
         "controls the account. The statements will show the total paid in by Norwegian "
         "shipowners and whether the money was used for his private expenses, which is "
         "decisive for attributing the income to him personally."],
        ["Measure 2", "The LLP documents show who is registered as the person with significant "
         "control; a false declaration would also support the inference of concealment."],
        ["Measure 3", "The formation agent's client file is expected to show that Mr MYKLEBUST "
         "himself ordered and paid for the structure, which he is expected to deny."],
    ])

    band(b, "13. Formalities to be observed")
    kv(b, [
        ["Form of the evidence", "The bank records should be exhibited to a witness statement of "
         "the bank's records custodian confirming that they were made in the ordinary course "
         "of business and are complete. Companies House documents should be certified copies. "
         "Norwegian courts assess evidence freely, but such a statement will avoid the need to "
         "call a bank officer to give evidence in Oslo."],
    ])

    band(b, "14. Participation of officials of the requesting State")
    kv(b, [
        ["Do officials of the requesting State wish to be present?",
         inline_boxes([(False, "Yes"), (True, "No")])],
    ])

    band(b, "15. Language and annexes")
    kv(b, [
        ["Language of the request", "English"],
        ["Annexes", "Annex 1 \u2013 list of the 41 invoices issued by Nordhavn Marine Consulting "
         "LLP to Norwegian shipowners (2019\u20132024)"],
    ])

    b.p("Please confirm receipt of this request to the e-mail address in section 1.", size=10,
        space_before=6)
    b.p(["Oslo, ", ("date", "Date of signature", "2026-10-06", "06/10/2026")], size=10)
    b.p([("i", "(signed)"), ("br",), "Kari Aasen", ("br",), "Senior Public Prosecutor"], size=10)
    return ID, b, False
