# -*- coding: utf-8 -*-
"""B10 -- Mauritius (Attorney General's Office, central authority; Financial
Crimes Commission) -> Australia: long numbered common-law letter of request
with annexes (acknowledgement form in Annex A). COMPLETE."""
from docxkit import Letter

ID = 'B10_en_letter_of_request_mu_au'
PDF = True
TITLE = 'Request for Mutual Legal Assistance - FCC/INV/0417/2024'
AUTHOR = 'AGO Mauritius'

BL = '<sdt tag="ack" alias="To be completed" placeholder>……………………………………………</sdt>'


def make():
    L = Letter(font='Cambria', size=11, lang='en-GB', author='S. Ramkhelawon', date='2025-09-01T07:45:00Z',
               track=True)
    L.header(['ATTORNEY GENERAL\'S OFFICE — REPUBLIC OF MAURITIUS', 'Central Authority for Mutual Legal Assistance',
              'Our ref.: AGO/MLA/OUT/2025/041 — URGENT: trial date 2 March 2026 (see paragraph 6)'], size=8.5)
    L.footer(['Request for Mutual Legal Assistance — Mauritius to Australia — FCC/INV/0417/2024'], page_numbers=True)
    n = L.numbering('legal')

    L.para('REQUEST FOR MUTUAL LEGAL ASSISTANCE IN A CRIMINAL MATTER', align='center', bold=True, size=13)
    L.table([
        ['From:', 'The Central Authority of the Republic of Mauritius<br/>Attorney General\'s Office, '
                  'Level 4, R. Seeneevassen Building, Jules Koenig Street, Port Louis<br/>'
                  'Tel. +230 000 4172 — mla.centralauthority@govmu.example.mu'],
        ['To:', 'The Central Authority of Australia<br/>International Crime Cooperation Central Authority<br/>'
                'Attorney-General\'s Department, Canberra ACT'],
        ['Matter:', 'The State v. Vikash RAMDHONY and Marie-Claire LEBON-DUVAL — Financial Crimes Commission '
                    'investigation FCC/INV/0417/2024; Intermediate Court (Financial Crimes Division) case 0982/2025'],
        ['Date:', '1 September 2025'],
    ], widths_cm=(2.5, 13.5), size=10)

    def h(t):
        L.para(t, bold=True, space_before=10, keep_next=True)

    h('Introduction')
    L.para('The Central Authority of the Republic of Mauritius presents its compliments to the Central Authority of '
           'Australia and requests assistance in a criminal matter: the production of banking and property records in '
           'Western Australia and the taking of a witness statement from an accountant in Perth, for the prosecution '
           'of two former directors of a Mauritian investment manager for swindling and money laundering.',
           num=n, align='both')
    L.para('The request is made on behalf of the Director of Public Prosecutions of Mauritius and the Financial Crimes '
           'Commission (FCC), which conducts the investigation. The officer in charge is Senior Investigator Kavish '
           'SEEBALUCK, FCC, tel. +230 000 7718, k.seebaluck@fcc.example.mu. The prosecuting counsel is Ms Priya '
           'APPADOO, Principal State Counsel, Office of the DPP, tel. +230 000 4390, p.appadoo@dpp.example.mu. '
           'Questions about this request may be addressed to either of them or to the Central Authority.',
           num=n, align='both')

    h('Legal basis')
    L.para('This request is made under the United Nations Convention against Corruption (article 46) and the United '
           'Nations Convention against Transnational Organized Crime (article 18), to both of which Mauritius and '
           'Australia are parties, and under the Scheme relating to Mutual Assistance in Criminal Matters within the '
           'Commonwealth (Harare Scheme). In Mauritius it is made under section 4 of the Mutual Assistance in Criminal '
           'and Related Matters Act 2003. We understand that it will be considered in Australia under the Mutual '
           'Assistance in Criminal Matters Act 1987 (Cth).', num=n, align='both')

    h('Prior contact and other channels')
    L.para('On 14 January 2025 Senior Investigator SEEBALUCK discussed the matter by videoconference with Detective '
           'Sergeant Amelia CROFT of the Australian Federal Police, Perth office, who confirmed that Amberley Coast '
           'Holdings Pty Ltd is registered in Western Australia and advised that the banking records could only be '
           'obtained by a formal request. No other contact has taken place.', num=n, align='both')
    L.para('This request has not been sent through INTERPOL or the diplomatic channel, and no copy has been sent '
           'directly to any Australian agency.', num=n, align='both')

    h('Urgency')
    L.para('The trial of both accused has been fixed before the Intermediate Court (Financial Crimes Division) for '
           '2 March 2026. The prosecution must disclose all evidence it intends to rely on no later than 30 days '
           'before trial. We therefore respectfully ask that the evidence be provided by <del>31 January 2026'
           '</del><ins>15 December 2025</ins>, or that we be told by then if that is not possible, so that the '
           'Court can be asked to adjust the timetable.', num=n, align='both')

    h('Confidentiality')
    L.para('Confidentiality is not required. Both accused were charged on 22 April 2025 and know of the case against '
           'them; the Mauritian authorities have no objection to the bank or the accountant informing their clients '
           'of this request, if Australian law requires or permits it.', num=n, align='both')

    h('Summary of facts')
    L.para('Île Verte Investment Management Ltd (IVIM), a company licensed by the Financial Services Commission of '
           'Mauritius, managed the "Île Verte Income Fund", a collective investment scheme in which about 2,300 '
           'retail investors, mostly retirees, had invested.', num=n, align='both')
    L.para('The accused Vikash RAMDHONY (born 3 November 1975 in Curepipe, Mauritius, a Mauritian citizen, Mauritian '
           'passport no. 0000417, national identity card R031175000417) was IVIM\'s managing director from 2016 to '
           '2022. The accused Marie-Claire LEBON-DUVAL (born 21 June 1981 in Port Louis, a Mauritian and French '
           'citizen, Mauritian passport no. 0000982) was its finance director for the same period.', num=n,
           align='both')
    L.para('Between March 2019 and August 2022 the accused caused the Fund to pay MUR 410 million (about '
           'AUD 13.6 million) to Blue Lagoon Global Ltd, a Mauritian global business company, under "advisory '
           'agreements" that the FCC believes were sham. Blue Lagoon Global Ltd was controlled by RAMDHONY through a '
           'nominee. The Fund\'s auditors were shown false board minutes approving the payments.', num=n,
           align='both')
    L.para('Bank records obtained in Mauritius show that, between June 2020 and May 2022, Blue Lagoon Global Ltd '
           'transferred AUD 2,870,000 in seven payments to account no. 000-417 4172 1899 held at Swan River Mutual '
           'Bank Ltd, Perth, Western Australia, in the name of Amberley Coast Holdings Pty Ltd (ACN 000 417 218). '
           'According to the Australian company register, the sole director of Amberley Coast Holdings Pty Ltd is '
           'Mr Anil RAMDHONY, the brother of the first accused, who lives in Perth.', num=n, align='both')
    L.para('A former IVIM employee has stated that in 2021 RAMDHONY showed her photographs of "our house in '
           'Cottesloe". Land records searched on-line by the FCC suggest that a residence at a street address in '
           'Cottesloe, Western Australia, was bought by Amberley Coast Holdings Pty Ltd in September 2021.',
           num=n, align='both')
    L.para('The Fund collapsed in November 2022. Investors have lost about MUR 380 million. Both accused deny the '
           'charges; RAMDHONY says the payments to Blue Lagoon Global Ltd were genuine fees and that the Australian '
           'transfers were loans to his brother\'s business unrelated to IVIM.', num=n, align='both')

    h('Offences and penalties')
    L.para('The accused are charged with swindling, contrary to section 330 of the Criminal Code, and with money '
           'laundering, contrary to sections 3(1)(a) and 8 of the Financial Intelligence and Anti-Money Laundering Act '
           '2002 (FIAMLA). Section 3(1) of FIAMLA provides:', num=n, align='both')
    L.para('"Any person who — (a) engages in a transaction that involves property which is, or in whole or in part '
           'directly or indirectly represents, the proceeds of any crime; or (b) receives, is in possession of, '
           'conceals, disguises, transfers, converts, disposes of, removes from or brings into Mauritius any property '
           'which is, or in whole or in part directly or indirectly represents, the proceeds of any crime, where he '
           'suspects or has reasonable grounds for suspecting that the property is derived or realised, in whole or in '
           'part, directly or indirectly from any crime, shall commit an offence."', indent_cm=1.5, align='both',
           size=10.5)
    L.para('The maximum penalty for money laundering is a fine not exceeding 10 million rupees and penal servitude for '
           'a term not exceeding 20 years (FIAMLA, section 8). The maximum penalty for swindling is imprisonment for a '
           'term not exceeding 10 years and a fine not exceeding 200,000 rupees. The full text of sections 330 of the '
           'Criminal Code and 3 and 8 of FIAMLA is at Annex B.', num=n, align='both')

    h('Assistance requested')
    L.para('The Central Authority of Mauritius respectfully requests that the Australian authorities:', num=n,
           align='both', keep_next=True)
    L.para('obtain from Swan River Mutual Bank Ltd, Perth, for account no. 000-417 4172 1899 and any other account '
           'held by Amberley Coast Holdings Pty Ltd or by Mr Anil RAMDHONY (born 9 February 1979) for the period '
           '1 January 2020 to 31 December 2023: account opening documents and customer identification records, '
           'signatory authorities, statements, and the records of every incoming international transfer and of every '
           'debit above AUD 50,000, including the records of the settlement of the Cottesloe purchase;',
           num=n, level=1, align='both')
    L.para('obtain from Landgate (Western Australian Land Information Authority) certified copies of the certificate '
           'of title and of the transfer documents for any property registered to Amberley Coast Holdings Pty Ltd '
           'since 1 January 2020;', num=n, level=1, align='both')
    L.para('obtain from the Australian Securities and Investments Commission certified extracts showing the officers, '
           'shareholders and registered office of Amberley Coast Holdings Pty Ltd since its registration;', num=n,
           level=1, align='both')
    L.para('take a witness statement, on oath or affirmation, from Mr Graham PELLEW, chartered accountant, of '
           'Pellew & Tan Accountants, Perth, who prepared the financial statements of Amberley Coast Holdings Pty Ltd '
           'for 2021 and 2022, on the questions in Annex C, and obtain from him copies of his working papers on the '
           'classification of the funds received from Blue Lagoon Global Ltd.', num=n, level=1, align='both')

    h('Relevance of the assistance')
    L.para('The bank records (paragraph 16(a)) will show whether the AUD 2,870,000 received from Blue Lagoon Global '
           'Ltd was used to buy the Cottesloe residence and whether any sums were repaid, which would test the '
           'defence that the transfers were loans. The land records (16(b)) will establish the purchase and its price. '
           'The company extracts (16(c)) will establish who controlled Amberley Coast Holdings Pty Ltd. Mr PELLEW\'s '
           'evidence (16(d)) matters because he recorded the receipts in the company\'s accounts: if they were booked '
           'as capital contributions or gifts from the first accused rather than as loans, this directly contradicts '
           'the defence and shows that the proceeds of the swindle were laundered for the benefit of RAMDHONY.',
           num=n, align='both')

    h('Procedures to be followed')
    L.para('Each set of records should be accompanied by a certificate of authenticity signed by a proper officer of '
           'the institution, in the form at Annex D, stating that the records were made in the ordinary course of '
           'business. Business records so certified are admissible in Mauritius without the record-keeper '
           'being called to give evidence.', num=n, align='both')
    L.para('Mr PELLEW\'s statement should be taken on oath or affirmation and signed by him, and his working papers '
           'should be exhibited to it. If Australian law provides for the evidence to be taken before a magistrate, '
           'we ask that the defence be given notice and an opportunity to put questions through the magistrate; the '
           'accused are represented by Mr Jean-Noël PATUREAU, Barrister, Port Louis. A statement taken without such an '
           'opportunity may be excluded at trial on the application of the defence.', num=n, align='both')
    L.para('Originals should not be removed from their custodians; certified copies are sufficient. Any digital '
           'records should be provided with a note of the means of extraction and a hash value, to preserve the chain '
           'of custody.', num=n, align='both')

    h('Persons who wish to be present')
    L.para('Senior Investigator SEEBALUCK and Ms APPADOO wish to be present when Mr PELLEW\'s statement is taken. They '
           'know the Mauritian documents that the witness will be asked about and can identify them for the '
           'Australian officer taking the statement; they would not themselves question the witness unless permitted '
           'by Australian law. Mauritius will bear their costs.', num=n, align='both')

    h('Undertakings, costs and return of evidence')
    L.para('The Central Authority of Mauritius undertakes that the evidence will be used only for the investigation '
           'and prosecution described in this request, unless the consent of Australia is obtained, and that any '
           'extraordinary costs of execution will be discussed before they are incurred. The evidence should be sent '
           'to the Central Authority of Mauritius at the address above.', num=n, align='both')

    h('Language and acknowledgement')
    L.para('This request is made in English. An acknowledgement of receipt form is at Annex A; we would be grateful if '
           'it could be completed and returned by e-mail on receipt.', num=n, align='both')

    L.para('The Central Authority of Mauritius thanks the Central Authority of Australia for its assistance and avails '
           'itself of this opportunity to renew the assurances of its highest consideration.', align='both',
           space_before=6)
    L.para('(signed)<br/>Mrs Shalini RAMKHELAWON<br/>Assistant Solicitor-General, for the Central Authority of '
           'the Republic of Mauritius', space_before=6)
    L.para('Annexes:', bold=True, space_before=8, keep_next=True)
    L.para('A — Acknowledgement of receipt (to be completed and returned)<br/>B — Text of section 330 of the Criminal '
           'Code and sections 3 and 8 of FIAMLA<br/>C — Questions for Mr Graham PELLEW<br/>D — Form of certificate of '
           'authenticity of business records<br/>E — Copy of the information (charge sheet) lodged on 22 April 2025',
           size=10)

    L.page_break()
    L.para('ANNEX A — ACKNOWLEDGEMENT OF RECEIPT', align='center', bold=True)
    L.para('Please complete and return to: mla.centralauthority@govmu.example.mu — Central Authority, Attorney '
           'General\'s Office, Port Louis, Mauritius', align='center', italic=True, size=9.5)
    L.table([
        ['Mauritian reference', 'AGO/MLA/OUT/2025/041 (FCC/INV/0417/2024) — request dated 1 September 2025'],
        ['Received by (authority)', BL],
        ['Date of receipt', BL],
        ['Australian reference number', BL],
        ['Officer dealing with the request (name, telephone, e-mail)', BL],
        ['Signature and date', BL],
    ], widths_cm=(6, 10), size=10)
    return L
