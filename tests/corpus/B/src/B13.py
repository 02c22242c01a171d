# -*- coding: utf-8 -*-
"""B13 -- Luxembourg investigating judge -> Singapore: international letter of
request written in English by a francophone judge; reciprocity with an
undertaking; tracked changes; confidentiality flag in the header."""
from docxkit import Letter

ID = 'B13_en_commission_rogatoire_lu_sg'
PDF = False
TITLE = 'International letter of request - JI 2024/1182'
AUTHOR = 'Cabinet d\'instruction Luxembourg'


def make():
    L = Letter(font='Times New Roman', size=11.5, lang='en-GB', author='A. Reuter', date='2025-10-13T15:10:00Z',
               track=True)
    L.header(['TRIBUNAL D\'ARRONDISSEMENT DE ET À LUXEMBOURG — CABINET D\'INSTRUCTION',
              'CONFIDENTIAL — see paragraph 5'], size=8.5)
    n = L.numbering('civil')
    L.para('Anne REUTER<br/>Juge d\'instruction (investigating judge)<br/>Cité judiciaire, Bâtiment TL, '
           'L-2080 Luxembourg<br/>Tel. +352 00 47 59 11 — Fax +352 00 47 59 99<br/>cabinet.reuter@justice.example.lu',
           size=10)
    L.para('File: JI 2024/1182 — Notice 2024/014172 (Parquet de Luxembourg, section économique et financière)',
           size=10)
    L.para('To the Attorney-General\'s Chambers<br/>Central Authority of the Republic of Singapore<br/>International '
           'Affairs Division<br/>Singapore', indent_cm=8)
    L.para('Luxembourg, 13 October 2025', align='right')
    L.para('INTERNATIONAL LETTER OF REQUEST<br/>(commission rogatoire internationale)', align='center', bold=True,
           size=13, space_before=10, space_after=10)
    L.para('We, Anne REUTER, investigating judge at the District Court of Luxembourg, in charge of the judicial '
           'investigation opened on 11 June 2024 against Mr Olivier KAYSER and others for breach of trust (abus de '
           'confiance), forgery and use of forgeries, and money laundering, have the honour to request the assistance '
           'of the competent authorities of the Republic of Singapore as follows.', align='both')

    def h(t):
        L.para(t, bold=True, space_before=8, keep_next=True)

    h('A. Legal basis')
    L.para('There is no treaty on mutual legal assistance between the Grand Duchy of Luxembourg and the Republic of '
           'Singapore. This request is therefore made on the basis of reciprocity. The Grand Duchy of Luxembourg '
           'undertakes to comply with a future request by the Republic of Singapore for similar assistance in a '
           'criminal matter involving an offence corresponding to the offences described below, in accordance with '
           'the Luxembourg law of 8 August 2000 on international mutual assistance in criminal matters. This '
           'undertaking is confirmed by the Procureur général d\'État in the covering note.', num=n, align='both')

    h('B. Previous contacts and channels of transmission')
    L.para('On 3 February 2025 the Service de police judiciaire (Luxembourg), through INTERPOL, asked the Singapore '
           'Police Force, Commercial Affairs Department, to confirm whether Strait Harbour Trading Pte. Ltd. was an '
           'active company. The Commercial Affairs Department confirmed on 20 February 2025 that it is registered and '
           'that an account in its name exists at Merlion Orient Bank Ltd. No other contact has taken place.',
           num=n, align='both')
    L.para('This request is transmitted by the Procureur général d\'État to the Attorney-General\'s Chambers. An '
           'advance copy was sent to the Commercial Affairs Department through INTERPOL for information only.',
           num=n, align='both')

    h('C. Time limit and confidentiality')
    L.para('The request is urgent. The oldest transfers described below date from September 2021 and the limitation '
           'period for misdemeanours (délits) in Luxembourg is five years. We respectfully ask that the documents be '
           'sent to us before 30 June 2026 so that the suspect can be confronted with them and charged before '
           'September 2026.', num=n, align='both')
    L.para('We ask that the account holder not be informed of this request, as far as Singapore law allows. Mr KAYSER '
           '<del>knows</del><ins>does not yet know</ins> that the Singapore account has been identified. If he learned '
           'of it, the remaining balance could be moved within hours. If confidentiality cannot be guaranteed, we ask '
           'to be informed before the request is executed.', num=n, align='both')

    h('D. Facts')
    L.para('Valmorel Capital S.à r.l., a Luxembourg alternative investment fund manager, managed the reserved '
           'alternative investment fund "Valmorel Emerging Credit SICAV-RAIF", whose investors are mainly European '
           'pension schemes. Mr Olivier KAYSER, born on 5 May 1977 in Esch-sur-Alzette, Luxembourg national, passport '
           'no. LU0000417, residing in Strassen (Luxembourg), was the managing director and the portfolio manager of '
           'Valmorel Capital S.à r.l.', num=n, align='both')
    L.para('Between September 2021 and March 2024 Mr KAYSER caused the fund to pay EUR 6,240,000 to Strait Harbour '
           'Trading Pte. Ltd., Singapore, as "structuring fees" for loans to Asian trade-finance borrowers. The '
           'investigators found that these loans were never made: the loan files contain forged term sheets and '
           'borrower confirmations. The payments were credited to account no. 000-41721-8 at Merlion Orient Bank '
           'Ltd, Singapore.', num=n, align='both')
    L.para('Two transfers of EUR 400,000 each were later received from the same Singapore account on an account of '
           'Mr KAYSER\'s spouse in Luxembourg, with the reference "dividend". The directors of Strait Harbour Trading '
           'Pte. Ltd. are not known to the investigation; its registered address is that of a corporate secretarial '
           'firm.', num=n, align='both')

    h('E. Offences')
    L.para('The facts are qualified under Luxembourg law as breach of trust (article 491 of the Penal Code: '
           'imprisonment from one month to five years and a fine from EUR 251 to EUR 5,000), forgery and use of '
           'forged private documents (articles 196 and 197 of the Penal Code: imprisonment from one to five years) '
           'and money laundering (article 506-1 of the Penal Code: imprisonment from one to five years and a fine from '
           'EUR 1,250 to EUR 1,250,000). The text of these articles, in French with an English translation, is '
           'attached as Annex 1.', num=n, align='both')

    h('F. Assistance requested')
    L.para('We respectfully request the competent Singapore authorities to obtain and transmit:', num=n,
           align='both', keep_next=True)
    L.para('from Merlion Orient Bank Ltd: the account opening documents, the identity of the authorised signatories '
           'and beneficial owners, and the statements of account no. 000-41721-8 and of any other account of Strait '
           'Harbour Trading Pte. Ltd., from 1 August 2021 to the date of execution, with the details of every '
           'outgoing transfer above SGD 50,000 (beneficiary, bank, account);', num=n, level=1, align='both')
    L.para('from the Accounting and Corporate Regulatory Authority: the business profile of Strait Harbour Trading '
           'Pte. Ltd. and the history of its directors, shareholders and registered addresses since incorporation;',
           num=n, level=1, align='both')
    L.para('from the corporate secretarial firm at the registered address: the customer due diligence documents it '
           'holds on the company and on the persons who instructed it.', num=n, level=1, align='both')
    L.para('These documents are needed to identify the persons behind Strait Harbour Trading Pte. Ltd. and to '
           'follow the EUR 6,240,000. If Mr KAYSER or his relatives are among the beneficial owners, or if the money '
           'went back to them, this will prove that the "structuring fees" were a way of taking the money out of the '
           'fund. The bank statements will also show whether other persons received part of the funds.', num=n,
           align='both')

    h('G. Form of the evidence')
    L.para('We ask that the bank and corporate documents be certified as true copies by the institution which holds '
           'them, with a statement that they are kept in the ordinary course of business, and, where possible, that '
           'the statements be provided in electronic form. Under Luxembourg law such documents can then be added to '
           'the file without further formality.', num=n, align='both')
    L.para('We do not request that Luxembourg officials be present during the execution.', num=n, align='both')
    L.para('We undertake that the documents will be used only for this investigation and the resulting proceedings, '
           'unless Singapore agrees otherwise.', num=n, align='both')
    L.para('The documents may be returned through the Procureur général d\'État, Luxembourg, or directly to our '
           'office.', num=n, align='both')
    L.para('We thank the Singapore authorities in advance for their assistance.', space_before=8, align='both')
    L.para('The investigating judge<br/>Anne REUTER<br/>[signature and seal]', align='right')
    L.para('Annex 1: articles 196, 197, 491 and 506-1 of the Luxembourg Penal Code (French text and English '
           'translation)', size=10, space_before=8)
    return L
