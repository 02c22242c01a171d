# -*- coding: utf-8 -*-
"""Author I: builds the Word letters of this corpus (python-docx + raw OOXML).
Run: /work/staging/venv/bin/python build_docx.py"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Builder
OUT = os.path.dirname(os.path.abspath(__file__))
B1, B0 = '{cb1}', '{cb0}'

# ---------------------------------------------------------------- I01
def i01():
    b = Builder(font='Arial', size=10, author='AGO-ICU')
    b.header_footer('RESTRICTED — LAW ENFORCEMENT USE ONLY', 'AGO/ICU/EIO/2025/0417 — EIO issued by the Office of the Attorney General, Malta')
    b.p('ANNEX A', bold=True, align='c')
    b.p('EUROPEAN INVESTIGATION ORDER (EIO)', bold=True, size=13, align='c')
    b.p('This EIO has been issued by a competent authority. The issuing authority certifies that the issuing of this EIO is necessary and proportionate for the purpose of the proceedings specified within it taking into account the rights of the suspected or accused person and that the investigative measures requested could have been ordered under the same conditions in a similar domestic case. I request that the investigative measure or measures specified below be carried out taking due account of the confidentiality of the investigation and that the evidence obtained as a result of the execution of the EIO be transferred.', align='j', size=9)
    b.table([['SECTION A'],
             ['Issuing State:', 'MALTA'],
             ['Executing State:', 'THE NETHERLANDS']], shade_first_col=True, widths=[5, 12])
    b.table([['SECTION B: Urgency'],
             ['Please indicate if there is any urgency due to', B0 + ' Evidence being concealed or destroyed\n' + B0 + ' Imminent trial date\n' + B1 + ' Any other reason'],
             ['Please specify below:', 'The principal accused, Mr Daniel AZZOPARDI, is held in pre-trial detention in Malta. Under Article 575 of the Criminal Code the bill of indictment must be filed within the statutory time limit, and the Court of Magistrates will review his detention on 30 June 2025.'],
             ['Time limits for execution of the EIO are laid down in Directive 2014/41/EU. However, if a shorter or specific time limit is necessary, please provide the date and explain the reason for this:', 'We respectfully ask that the bank information (C.1) be provided by 13 June 2025, so that it can be placed before the Court at the detention review of 30 June 2025. The hearing (C.2) may follow later.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION C: Investigative measure(s) to be carried out'],
             ['1. Describe the assistance/investigative measure(s) required and indicate, where applicable, if it is one of the following investigative measures:',
              B0 + ' Obtaining information or evidence which is already in the possession of the executing authority\n' + B0 + ' Obtaining information contained in databases held by police or judicial authorities\n' + B1 + ' Hearing: ' + B1 + ' witness ' + B0 + ' expert ' + B0 + ' suspected or accused person ' + B0 + ' victim ' + B0 + ' third party\n' + B0 + ' Identification of persons holding a subscription of a specified phone number or IP address\n' + B0 + ' Temporary transfer of a person held in custody to the issuing State\n' + B1 + ' Hearing by videoconference or other audiovisual transmission\n' + B1 + ' Information on bank and other financial accounts\n' + B1 + ' Information on banking and other financial operations\n' + B0 + ' Covert investigations\n' + B0 + ' Interception of telecommunications\n' + B0 + ' Provisional measure(s) to prevent the destruction, transformation, moving, transfer or disposal of an item that may be used as evidence'],
             ['Details of the measures:', 'C.1 — From ZUIDERBANK N.V., Herengracht 600, Amsterdam: (a) account-opening documentation, KYC file and specimen signatures for account NL00 ZUID 0123 4567 89 held by VOSSKAMP TRADING B.V.; (b) statements of that account for the period 1 January 2023 to 31 December 2024; (c) the originator details of all incoming SEPA transfers above EUR 5,000 received from Maltese accounts in that period; (d) a list of any other accounts held or controlled at the bank by Mr Ruben Hendrik DAALMEIJER.\n\nC.2 — Hearing, as a witness and by videoconference from Amsterdam, of Ms Anouk TERPSTRA, former back-office manager of VOSSKAMP TRADING B.V., on the questions listed in Annex 2.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION D: Relation to an earlier EIO'],
             ['Indicate whether this EIO supplements an earlier EIO:', 'No. This is the first EIO issued in these proceedings.'],
             ['If relevant, please indicate whether an EIO has also been addressed to another Member State in the same case:', 'No EIO has been addressed to any other Member State.\n\nPrior contact: on 2 April 2025 the undersigned prosecutor discussed the case by telephone with mr. J. de Wit, officer of justice at the International Legal Assistance Centre (IRC) Amsterdam, who confirmed that Zuiderbank N.V. falls within the competence of the Amsterdam district and advised us to list the account number in full. An advance electronic copy of this EIO is being sent through the Maltese desk at Eurojust to the Dutch desk (Eurojust case 2025/0311); the original follows by e-mail to the IRC Amsterdam. No other channel is used.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION E: Identity of the person concerned'],
             ['Natural person — Name:', 'DAALMEIJER'],
             ['First name(s):', 'Ruben Hendrik'],
             ['Date of birth / Place of birth:', '14 February 1986, Utrecht'],
             ['Nationality:', 'Dutch'],
             ['Type and number of identity document:', 'Netherlands passport NXK4R81P2 (issued 2019)'],
             ['Address:', 'Keizersgracht 1017, 1017 AB Amsterdam'],
             ['Legal person — Name / form / registration:', 'VOSSKAMP TRADING B.V., Kamer van Koophandel no. 00000417, registered office Amsterdam'],
             ['Position the person concerned currently holds in the proceedings:', 'Ruben Hendrik DAALMEIJER: suspected person. Ms Anouk TERPSTRA (born 3 May 1991, Dutch): witness.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION F: Type of proceedings for which the EIO is issued'],
             ['', B1 + ' (a) with respect to criminal proceedings brought by, or that may be brought before, a judicial authority in respect of a criminal offence under the national law of the issuing State\n' + B0 + ' (b) proceedings brought by administrative authorities\n' + B0 + ' (c) proceedings brought by judicial authorities in respect of acts which are punishable under the national law of the issuing State by virtue of being infringements of the rules of law']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION G: Grounds for issuing the EIO'],
             ['1. Summary of the facts', 'Between March 2023 and October 2024 at least 212 residents of Malta invested a total of EUR 3,940,000 in "AQUILA YIELD", an online contract-for-difference platform promoted through social media. The platform was operated from Malta by AQUILA MARKETS LTD, whose director Mr Daniel AZZOPARDI (born 9 September 1979, Maltese, ID card 0417179M) was arrested on 19 March 2025. Investors were shown fictitious trading gains and could not withdraw their funds.\n\nThe Malta Police Financial Crimes Investigations Department traced EUR 2,310,000 from AQUILA MARKETS LTD accounts in Malta to account NL00 ZUID 0123 4567 89 at Zuiderbank N.V., Amsterdam, held by VOSSKAMP TRADING B.V., whose sole director is Mr DAALMEIJER. No genuine trading appears behind these transfers. The bank information sought at C.1 is needed to establish where the investors\' money went after it reached the Netherlands and whether Mr DAALMEIJER personally benefited; it will also show whether the invoices "for IT services" produced by Mr AZZOPARDI were genuine. Ms TERPSTRA prepared those invoices; her evidence (C.2) is needed to establish who instructed her and whether any service was ever supplied.\n\nStage of proceedings: compilation of evidence before the Court of Magistrates (Malta) as a Court of Criminal Judicature; Mr AZZOPARDI has been charged; Mr DAALMEIJER is a suspect not yet charged.'],
             ['2. Nature and legal classification of the offence(s) for which the EIO is issued and the applicable statutory provision/code:', '(i) Fraud (obtaining money by false pretences) — Articles 308 and 310(1)(a) of the Criminal Code (Chapter 9 of the Laws of Malta): imprisonment from thirteen months to seven years where the damage exceeds EUR 5,000.{fn:Article 310(1)(a): "if the amount of the damage exceeds five thousand euro, the punishment shall be imprisonment for a term from thirteen months to seven years". The full text of Articles 308 and 310 is in Annex 1.}\n\n(ii) Money laundering — Article 3 of the Prevention of Money Laundering Act (Chapter 373): a fine not exceeding EUR 2,500,000 or imprisonment not exceeding eighteen years, or both.\n\nThe text of these provisions is reproduced in Annex 1.'],
             ['3. Is the offence punishable in the issuing State by a custodial sentence or detention order of a maximum period of at least three years and included in the list of offences set out below?', B1 + ' swindling\n' + B1 + ' laundering of the proceeds of crime']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION H: Additional requirements for certain measures'],
             ['H2 — Videoconference', 'Reasons for requesting hearing by videoconference: the witness lives in Amsterdam and has stated through her lawyer that she will not travel to Malta; her evidence is needed at the compilation stage. The hearing will be conducted by the inquiring Magistrate in Malta under Maltese law, with the assistance of the Dutch judicial authority as required by Article 24(5) of the Directive. Technical contact: Mr Keith Borg, Court Services Agency, +356 2000 4171, videolink@example.mt. Proposed dates: any working day between 16 and 27 June 2025. An interpreter Maltese/English—Dutch will be provided by Malta if the witness prefers to testify in Dutch.'],
             ['H3 — Information on bank and other financial accounts', B1 + ' on bank accounts which the person holds or controls\nAccount number: NL00 ZUID 0123 4567 89\nHolder: VOSSKAMP TRADING B.V.\nBank: Zuiderbank N.V., Amsterdam\nPeriod: 1 January 2023 – 31 December 2024'],
             ['H4 — Banking and other financial operations', 'Transfers described at C.1(c), same account and period.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION I: Formalities and procedures requested for the execution'],
             ['1.', B1 + ' It is requested that the executing authority comply with the following formalities and procedures:\n(a) the bank records should be accompanied by a certificate of authenticity signed by a bank officer (model in Annex 3), so that they can be produced under Article 638 of the Criminal Code without calling the officer;\n(b) Zuiderbank N.V. and its staff should be asked not to disclose the request to the account holder or to Mr DAALMEIJER, since he is not yet aware of the investigation and could move the remaining balance (about EUR 640,000) beyond reach; if this cannot be ensured under Dutch law, we ask to be consulted before the bank is approached;\n(c) the witness should be reminded before the hearing of her duty to tell the truth; the hearing will be recorded in audio and video by the Maltese court.'],
             ['2.', B1 + ' It is requested that one or several officials of the issuing State assist in the execution of the EIO in support to the competent authorities of the executing State.\nContact details of the officials: Inspector Karl MIFSUD, Financial Crimes Investigations Department, Malta Police Force, karl.mifsud@example.mt, +356 2000 4172.\nReason: Inspector Mifsud prepared the flow-of-funds analysis and can point the Dutch officers to the relevant transfers and explain the case to the witness examiners.\nLanguages that may be used for communication: English, Maltese.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION J: Legal remedies'],
             ['', 'No legal remedy has been sought against the issuing of this EIO. Under Maltese law the measure may be challenged before the Court of Magistrates within the compilation proceedings.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION K: Details of the authority that issued the EIO'],
             ['Type of issuing authority', B0 + ' Judge, court, or investigating judge\n' + B1 + ' Public prosecutor\n' + B0 + ' Other competent authority as defined by the law of the issuing State'],
             ['Name of the authority:', 'Office of the Attorney General — International Cooperation in Criminal Matters Unit'],
             ['Name of its representative:', 'Dr Maria CAMILLERI'],
             ['Post held (title/grade):', 'Senior Lawyer, Attorney General\'s Office'],
             ['File reference:', 'AGO/ICU/EIO/2025/0417'],
             ['Address:', 'The Palace, St George\'s Square, Valletta VLT 1190, Malta'],
             ['Tel. No: (country code) (area/city code)', '+356 2000 4170'],
             ['E-mail:', 'icu.eio@example.mt'],
             ['Languages in which it is possible to communicate with the issuing authority:', 'English, Maltese'],
             ['Contact details of person(s) for practical arrangements for the transfer of evidence:', 'Same as above.'],
             ['Signature of the issuing authority and/or its representative certifying the content of the EIO as accurate and correct:', '(signed) Dr Maria Camilleri'],
             ['Date:', '7 May 2025'],
             ['Official stamp (if available):', '[Office of the Attorney General — Malta]']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION L: Details of the judicial authority which validated the EIO'],
             ['', 'Not applicable — issued by a public prosecutor.']],
            shade_first_col=True, widths=[2, 15])
    b.p('Legal basis of issue in Malta: Directive 2014/41/EU and the European Investigation Order Regulations (Subsidiary Legislation 9.25, Legal Notice 197 of 2017).', size=9)
    b.p('Annexes: Annex 1 — text of Articles 308 and 310 of the Criminal Code (Cap. 9) and of Article 3 of the Prevention of Money Laundering Act (Cap. 373); Annex 2 — questions for Ms Terpstra; Annex 3 — model certificate of authenticity for bank records; Annex B — acknowledgement of receipt (to be completed and returned).', size=9)
    b.page_break()
    b.p('ANNEX 1 — Extracts of the law of Malta', bold=True)
    b.p('Criminal Code, Cap. 9, Article 308: "Whosoever, by means of any unlawful practice, or by the use of any fictitious name, or the assumption of any false designation, or by means of any other deceit, device or pretence calculated to lead to the belief in the existence of any fictitious enterprise or of any imaginary power, influence or credit, or to create the expectation or apprehension of any chimerical event, shall make any gain to the prejudice of another person, shall, on conviction, be liable to imprisonment for a term from seven months to two years."', size=9, align='j')
    b.p('Article 310(1): "The punishment for the crimes referred to in the last three preceding articles shall be – (a) imprisonment for a term from thirteen months to seven years, if the amount of the damage exceeds five thousand euro; ..."', size=9, align='j')
    b.p('Prevention of Money Laundering Act, Cap. 373, Article 3(1): "Any person committing any act of money laundering shall be guilty of an offence and shall, on conviction, be liable to a fine (multa) not exceeding two million and five hundred thousand euro, or to imprisonment for a period not exceeding eighteen years, or to both such fine and imprisonment."', size=9, align='j')
    b.p('ANNEX 2 — Questions for Ms Anouk Terpstra (witness)', bold=True)
    n = b.numbering('q', [('decimal', '%1.', 0.8)])
    for q in ['Since when and in what capacity were you employed by Vosskamp Trading B.V.?',
              'Who instructed you to issue invoices to Aquila Markets Ltd, and how were the amounts determined?',
              'Did Vosskamp Trading B.V. supply any IT or other service to Aquila Markets Ltd? If so, describe it.',
              'Who had signing authority on account NL00 ZUID 0123 4567 89, and who gave payment instructions?',
              'Do you know Mr Daniel Azzopardi? When and where did you meet him?']:
        b.num(n, q, size=9)
    b.page_break()
    b.p('ANNEX B', bold=True, align='c')
    b.p('CONFIRMATION OF THE RECEIPT OF AN EIO', bold=True, align='c')
    b.p('This form has to be completed by the authority of the executing State which received the EIO referred to below.', size=9)
    b.table([['(A) THE EIO CONCERNED'],
             ['Authority which issued the EIO:', 'Office of the Attorney General, Malta'],
             ['File reference:', 'AGO/ICU/EIO/2025/0417'],
             ['Date of issue:', '7 May 2025'],
             ['Date of receipt:', '{txt:           }'],
             ['(B) THE AUTHORITY WHICH RECEIVED THE EIO'],
             ['Official name of the competent authority:', '{txt:           }'],
             ['Name of its representative:', '{txt:           }'],
             ['Post held (title/grade):', '{txt:           }'],
             ['Address / Tel. / E-mail:', '{txt:           }'],
             ['File reference:', '{txt:           }'],
             ['(C) (WHERE APPLICABLE) THE COMPETENT AUTHORITY TO WHICH THE EIO IS TRANSMITTED BY THE AUTHORITY UNDER (B)'],
             ['Official name / contact details:', '{txt:           }'],
             ['Date of transmission:', '{txt:           }'],
             ['(D) ANY OTHER INFORMATION THAT MAY BE OF RELEVANCE TO THE ISSUING AUTHORITY'],
             ['', ''],
             ['(E) SIGNATURE AND DATE'],
             ['Signature:', ''], ['Date:', ''], ['Official stamp (if available):', '']],
            shade_first_col=True, widths=[6, 11])
    b.p('Please return the completed form to icu.eio@example.mt or to the postal address in Section K.', size=9)
    b.save(os.path.join(OUT, 'I01_en_eio_mt_nl.docx'))

# ---------------------------------------------------------------- I02
def i02():
    b = Builder(font='Times New Roman', size=10.5, author='Greffe JI Liège')
    b.header_footer(None, 'Cabinet de Mme la juge d\'instruction Lemaire — Notice 25/417 — page DEE')
    b.p('TRIBUNAL DE PREMIÈRE INSTANCE DE LIÈGE\nCabinet de Madame Catherine LEMAIRE, juge d\'instruction', bold=True)
    b.p('Liège, le 10 mars 2025', align='r')
    b.p('Au Procureur de la République près le tribunal judiciaire de Lille\nBureau de l\'entraide pénale internationale\nF-59000 Lille')
    b.p('Objet : Décision d\'enquête européenne — dossier d\'instruction 25/417 (notice LI.21.98.004117/24)', bold=True)
    b.p('Monsieur le Procureur de la République,', space_after=6)
    b.p('J\'ai l\'honneur de vous adresser ci-joint une décision d\'enquête européenne émise dans le cadre de l\'instruction que je mène du chef de blanchiment et de recel au préjudice de plusieurs sociétés de transport. {del:Cette décision fait suite à l\'entretien téléphonique du 3 mars 2025 entre mon greffier et votre substitut, M. Hennart, au cours duquel la faisabilité d\'une perquisition à Roubaix a été évoquée. }Une copie de la présente a été adressée, pour information, au bureau belge d\'Eurojust.', align='j')
    b.p('Je vous prie d\'agréer, Monsieur le Procureur de la République, l\'expression de ma considération distinguée.', align='j')
    b.p('C. Lemaire, juge d\'instruction', align='r')
    b.page_break()
    b.p('ANNEXE A', bold=True, align='c')
    b.p('DÉCISION D\'ENQUÊTE EUROPÉENNE (DEE)', bold=True, size=13, align='c')
    b.p('La présente DEE a été émise par une autorité compétente. L\'autorité d\'émission certifie que l\'émission de la présente DEE est nécessaire et proportionnée aux fins des procédures qui y sont précisées, compte tenu des droits du suspect ou de la personne poursuivie, et que les mesures d\'enquête demandées auraient pu être ordonnées dans les mêmes conditions dans le cadre d\'une procédure nationale similaire. Je demande que la ou les mesures d\'enquête indiquées ci-dessous soient exécutées en tenant dûment compte de la confidentialité de l\'enquête et que les preuves obtenues à la suite de l\'exécution de la DEE soient transférées.', size=9, align='j')
    b.table([['SECTION A'], ['État d\'émission :', 'BELGIQUE'], ['État d\'exécution :', 'FRANCE']], shade_first_col=True, widths=[5, 12])
    b.table([['SECTION B : Urgence'],
             ['Veuillez indiquer s\'il y a urgence en raison :', '☐ d\'un risque de dissimulation ou de destruction des preuves\n☐ d\'une date de procès imminente\n☐ de tout autre motif'],
             ['Veuillez préciser :', ''],
             ['Les délais d\'exécution de la DEE sont prévus par la directive 2014/41/UE. Toutefois, si un délai plus court ou spécifique est nécessaire, veuillez en indiquer la date et la raison :', '']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION C : Mesure(s) d\'enquête à exécuter'],
             ['1. Décrire l\'assistance ou la ou les mesures d\'enquête requises :', '1) Perquisition au domicile de M. Karim BENSAÏD, 14 rue des Arts, 59100 Roubaix, et dans le garage loué par lui au 2 bis de la même rue, en vue de saisir : les documents et supports informatiques relatifs aux sociétés TRANSLOG BENELUX SRL et NORDFRET SAS, les carnets de bord et cartes conducteur de poids lourds, toute somme en espèces supérieure à 10 000 euros.\n\n2) Audition de M. BENSAÏD en qualité de suspect sur les faits exposés en section G, après notification de ses droits.\n\n3) Copie des relevés du compte n° FR76 0000 4171 0000 0000 4170 00 ouvert au nom de NORDFRET SAS auprès de la Caisse Régionale du Nord pour la période du 1er janvier 2023 au 31 décembre 2024.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION D : Relation avec une précédente DEE'],
             ['Indiquer si la présente DEE complète une précédente DEE :', 'Non'],
             ['Le cas échéant, indiquer si une DEE a également été adressée à un autre État membre dans la même affaire :', 'Non']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION E : Identité de la personne concernée'],
             ['Nom :', 'BENSAÏD'], ['Prénom(s) :', 'Karim'],
             ['Date et lieu de naissance :', '22 novembre 1983 à Tourcoing (France)'],
             ['Nationalité :', 'française'],
             ['Document d\'identité :', 'carte nationale d\'identité n° 170459100417'],
             ['Adresse :', '14 rue des Arts, 59100 Roubaix'],
             ['Personne morale :', 'NORDFRET SAS, RCS Lille Métropole 000 417 417, siège 2 bis rue des Arts, 59100 Roubaix'],
             ['Qualité de la personne dans la procédure :', 'suspect']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION F : Type de procédure pour laquelle la DEE est émise'],
             ['', '☒ a) procédure pénale engagée par une autorité judiciaire ou pouvant être engagée devant une telle autorité concernant une infraction pénale en vertu du droit national de l\'État d\'émission']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION G : Motifs d\'émission de la DEE'],
             ['1. Résumé des faits :', 'Entre février 2023 et septembre 2024, quarante-trois ensembles routiers (tracteurs et semi-remorques) ont été dérobés sur des aires de stationnement en province de Liège et de Luxembourg. Le préjudice est évalué à 4,1 millions d\'euros. Les véhicules ont été revendus, après falsification des numéros de châssis, par l\'intermédiaire de la société belge TRANSLOG BENELUX SRL, dont le gérant est en aveux partiels. Celui-ci désigne M. Karim BENSAÏD comme l\'organisateur des reventes et le bénéficiaire des fonds, versés sur le compte de NORDFRET SAS, société qu\'il dirige à Roubaix.\n\nLa perquisition doit permettre de retrouver la comptabilité occulte des reventes, que le gérant de TRANSLOG dit avoir remise à M. BENSAÏD en septembre 2024, ainsi que les cartes conducteur qui établiraient les trajets des véhicules volés vers la France. Les relevés bancaires permettront de rapprocher les encaissements de NORDFRET SAS des dates de revente. L\'audition donnera à M. BENSAÏD l\'occasion de s\'expliquer sur ces éléments.'],
             ['2. Nature et qualification juridique de l\'infraction ou des infractions et disposition légale ou code applicable :', 'Blanchiment (article 505, alinéa 1er, 2° à 4°, du Code pénal belge) — emprisonnement de quinze jours à cinq ans et amende de 26 à 100 000 euros ;\nRecel de véhicules volés (article 505, alinéa 1er, 1°, du Code pénal) — mêmes peines ;\nAssociation de malfaiteurs (articles 322 et 323 du Code pénal).{fn:La loi belge du 22 mai 2017 relative à la décision d\'enquête européenne en matière pénale constitue, avec la directive 2014/41/UE, la base de la présente décision.}'],
             ['3. L\'infraction est-elle punie dans l\'État d\'émission d\'une peine privative de liberté d\'un maximum d\'au moins trois ans et figure-t-elle dans la liste ci-dessous ?', '☒ blanchiment des produits du crime\n☒ trafic de véhicules volés']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION H : Exigences supplémentaires pour certaines mesures'],
             ['H3 — Informations sur des comptes bancaires', 'Voir section C, point 3.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION I : Formalités et procédures requises pour l\'exécution'],
             ['1.', '☒ Il est demandé que l\'autorité d\'exécution respecte les formalités et procédures suivantes : l\'audition de M. BENSAÏD aura lieu en présence de son avocat s\'il le souhaite, après information de son droit de se taire et de ne pas s\'auto-incriminer (art. 47bis du Code d\'instruction criminelle belge) ; un procès-verbal signé de la personne entendue sera dressé ; les objets saisis seront placés sous scellés avec inventaire.'],
             ['2.', '☐ Il est demandé qu\'un ou plusieurs fonctionnaires de l\'État d\'émission assistent à l\'exécution de la DEE en appui aux autorités compétentes de l\'État d\'exécution.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION J : Voies de recours'], ['', 'Aucune voie de recours n\'a été exercée.']], shade_first_col=True, widths=[2, 15])
    b.table([['SECTION K : Coordonnées de l\'autorité qui a émis la DEE'],
             ['Type d\'autorité :', '☒ Juge, juridiction ou juge d\'instruction'],
             ['Nom de l\'autorité :', 'Tribunal de première instance de Liège, division Liège — juge d\'instruction'],
             ['Nom de son représentant :', 'Catherine LEMAIRE'],
             ['Fonction (titre/grade) :', 'Juge d\'instruction'],
             ['Numéro de dossier :', '25/417 — notice LI.21.98.004117/24'],
             ['Adresse :', 'Palais de justice, place Saint-Lambert 16, 4000 Liège, Belgique'],
             ['Tél. :', '+32 4 000 41 70'],
             ['Courriel :', 'ji.lemaire@example.be'],
             ['Langues dans lesquelles il est possible de communiquer avec l\'autorité d\'émission :', 'français, néerlandais'],
             ['Signature et date :', '(signé) C. Lemaire — 10 mars 2025'],
             ['Cachet officiel :', '[sceau du tribunal]']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION L : Coordonnées de l\'autorité judiciaire qui a validé la DEE'], ['', 'Sans objet.']], shade_first_col=True, widths=[2, 15])
    b.save(os.path.join(OUT, 'I02_fr_dee_be_fr.docx'))


# ---------------------------------------------------------------- I04
def i04():
    b = Builder(font='Calibri', size=10.5, author='DIAP Lisboa')
    b.header_footer('MINISTÉRIO PÚBLICO — PROCURADORIA DA REPÚBLICA DA COMARCA DE LISBOA — DIAP, 9.ª Secção',
                    'NUIPC 417/24.1TELSB — DEI n.º 12/2025')
    b.p('ANEXO A', bold=True, align='c')
    b.p('DECISÃO EUROPEIA DE INVESTIGAÇÃO (DEI)', bold=True, size=13, align='c')
    b.p('A presente DEI foi emitida por uma autoridade competente. A autoridade de emissão certifica que a emissão da presente DEI é necessária e proporcionada para efeitos do processo nela especificado, tendo em conta os direitos do suspeito ou arguido, e que as medidas de investigação solicitadas poderiam ter sido ordenadas nas mesmas condições num processo nacional semelhante. Solicito que a medida ou medidas de investigação a seguir especificadas sejam executadas tendo devidamente em conta a confidencialidade da investigação e que as provas obtidas em resultado da execução da DEI sejam transferidas.', size=9, align='j')
    b.table([['SECÇÃO A'], ['Estado de emissão:', 'PORTUGAL'], ['Estado de execução:', 'ESPANHA']], shade_first_col=True, widths=[5, 12])
    b.table([['SECÇÃO B: Urgência'],
             ['Indicar se há urgência devido a:', B0 + ' Ocultação ou destruição de provas\n' + B0 + ' Data iminente do julgamento\n' + B0 + ' Qualquer outro motivo'],
             ['Especificar:', 'A presente DEI não reveste caráter urgente; bastam os prazos normais previstos na Diretiva 2014/41/UE.'],
             ['Prazo específico e respetivo motivo:', '—']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO C: Medida(s) de investigação a executar'],
             ['1. Descrever a assistência/medida(s) de investigação requerida(s):',
              B1 + ' Informações sobre contas bancárias e outras contas financeiras\n' + B1 + ' Informações sobre operações bancárias e outras operações financeiras\n' + B1 + ' Audição de: ' + B1 + ' testemunha\n' + B0 + ' Audição por videoconferência'],
             ['Pormenores:', '(1) Obtenção, junto do BANCO LEVANTE ATLÁNTICO, S.A. (Calle de Colón 41, 46004 València), de cópia certificada da documentação de abertura e dos extratos da conta ES00 0417 0417 4104 1704 1700, titulada por Sílvia Marisa TAVEIRA LOPES, relativos ao período de 1 de junho de 2023 a 31 de março de 2024, incluindo a identificação dos ordenantes das transferências recebidas de contas portuguesas.\n\n(2) Inquirição, como testemunha, de D. Jorge Andrés PALAU MIRET, residente em València, Calle de la Paz 17, gerente do estabelecimento «Palau Motor», sobre a venda, em novembro de 2023, do veículo Mercedes-Benz GLE, matrícula 0417 MMX, à arguida, o modo de pagamento e a pessoa que efetuou o pagamento.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO D: Relação com uma DEI anterior'],
             ['A presente DEI complementa uma DEI anterior?', B0 + ' Sim   ' + B1 + ' Não'],
             ['Contactos prévios / outros Estados-Membros:', 'Não houve quaisquer contactos prévios com as autoridades espanholas a propósito deste processo. Não foi dirigida DEI a outro Estado-Membro e a presente não foi enviada por qualquer outra via (Eurojust, Interpol ou canal diplomático): segue apenas por correio eletrónico e postal para a Fiscalía Provincial de València.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO E: Identidade da pessoa em causa'],
             ['Apelido(s) e nome(s) próprio(s):', 'TAVEIRA LOPES, Sílvia Marisa'],
             ['Data e local de nascimento:', '2 de agosto de 1977, Santarém (Portugal)'],
             ['Nacionalidade:', 'portuguesa'],
             ['Documento de identificação:', 'Cartão de Cidadão n.º 11904170 4 ZX1'],
             ['Endereço:', 'Avenida Duque de Loulé 88, 3.º Esq., 1050-093 Lisboa; residência secundária em València'],
             ['Posição no processo:', 'arguida (constituída arguida em 14 de janeiro de 2025)'],
             ['Testemunha:', 'PALAU MIRET, Jorge Andrés, nacional espanhol, DNI 00417417-T']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO F: Tipo de processo para o qual a DEI é emitida'],
             ['', B1 + ' a) processo penal instaurado por uma autoridade judiciária, ou que possa ser instaurado perante uma autoridade judiciária, relativamente a uma infração penal nos termos do direito nacional do Estado de emissão']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECÇÃO G: Motivos para a emissão da DEI'],
             ['1. Resumo dos factos:', 'A arguida foi, entre 2019 e 2024, técnica oficial de contas de diversas sociedades de construção civil sediadas em Lisboa. Entre junho de 2023 e março de 2024, valendo-se dos códigos de acesso à banca eletrónica que lhe tinham sido confiados, ordenou 37 transferências, num total de 418 600,00 euros, das contas de três clientes para a conta acima identificada em València, de que é titular, justificando-as na contabilidade como «pagamentos a fornecedores». Uma das sociedades lesadas, a BETÃO NORTE, Lda., apresentou queixa em 22 de abril de 2024.\n\nOs extratos pedidos no ponto (1) da Secção C destinam-se a comprovar o recebimento das quantias e o seu destino subsequente, nomeadamente a aquisição de um veículo automóvel e de um imóvel em Espanha. O depoimento da testemunha, ponto (2), destina-se a demonstrar que foi a arguida quem pagou o veículo, por transferência a partir da mesma conta, e assim a ligar o produto da burla a bens passíveis de perda a favor do Estado.\n\nO inquérito encontra-se na fase de investigação; a arguida não está sujeita a medidas de coação privativas da liberdade.'],
             ['2. Natureza e qualificação jurídica da(s) infração(ões) e disposição legal aplicável:', 'Burla informática qualificada — artigo 221.º, n.os 1 e 5, alínea b), do Código Penal: pena de prisão de 2 a 8 anos.\nAbuso de confiança qualificado — artigo 205.º, n.os 1 e 4, alínea b), do Código Penal: pena de prisão de 1 a 8 anos.\nBranqueamento — artigo 368.º-A, n.º 3, do Código Penal: pena de prisão de 2 a 12 anos.\nO texto destas disposições consta do Anexo 1.'],
             ['3. Lista de infrações (pena máxima de pelo menos três anos):', B1 + ' burla\n' + B1 + ' branqueamento dos produtos do crime']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO H: Requisitos adicionais para certas medidas'],
             ['H3 — Informações sobre contas bancárias', 'Conta ES00 0417 0417 4104 1704 1700, Banco Levante Atlántico, S.A.; titular: Sílvia Marisa Taveira Lopes; período: 01.06.2023 – 31.03.2024. Razões para crer que o banco detém a conta: a conta figura como destinatária nas 37 ordens de transferência apreendidas.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO I: Formalidades e procedimentos requeridos para a execução'],
             ['1.', B1 + ' Solicita-se que a autoridade de execução cumpra as seguintes formalidades: os documentos bancários devem ser certificados como conformes aos originais por responsável do banco; a inquirição deve ser reduzida a auto assinado pela testemunha, com advertência prévia do dever de verdade, para que possa ser lido em audiência nos termos do artigo 356.º do Código de Processo Penal português.'],
             ['2.', B0 + ' Solicita-se que um ou vários funcionários do Estado de emissão prestem assistência na execução da DEI.\nNão se pretende a presença de autoridades portuguesas na execução.'],
             ['Outras informações:', 'Não se vê necessidade de sigilo especial: a arguida já foi constituída arguida e interrogada, tem conhecimento do processo, e o banco pode informá-la nos termos gerais.']],
            shade_first_col=True, widths=[3, 14])
    b.table([['SECÇÃO J: Vias de recurso'], ['', 'Não foi interposto recurso contra a emissão da DEI.']], shade_first_col=True, widths=[2, 15])
    b.table([['SECÇÃO K: Dados da autoridade que emitiu a DEI'],
             ['Tipo de autoridade:', B0 + ' Juiz, tribunal ou juiz de instrução\n' + B1 + ' Magistrado do Ministério Público'],
             ['Nome da autoridade:', '{txt:Ministério Público — DIAP de Lisboa, 9.ª Secção}'],
             ['Nome do seu representante:', '{txt:Dra. Helena Cristina MOURATO}'],
             ['Cargo:', '{txt:Procuradora da República}'],
             ['Referência do processo:', 'NUIPC 417/24.1TELSB'],
             ['Endereço:', 'Rua Gomes Freire, n.º 213, 1169-142 Lisboa'],
             ['Tel.:', '{txt:+351 21 000 4170}'],
             ['Correio eletrónico:', '{txt:diap.lisboa.9sec@example.pt}'],
             ['Línguas em que é possível comunicar com a autoridade de emissão:', 'português, espanhol, inglês'],
             ['Assinatura e data:', '(assinado) Helena Cristina Mourato — Lisboa, 5 de maio de 2025']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECÇÃO L: Dados da autoridade judiciária que validou a DEI'], ['', 'Não aplicável.']], shade_first_col=True, widths=[2, 15])
    b.p('Base jurídica: Diretiva 2014/41/UE e Lei n.º 88/2017, de 21 de agosto.', size=9)
    b.p('Anexos: Anexo 1 — texto dos artigos 205.º, 221.º e 368.º-A do Código Penal; Anexo 2 — tradução certificada da presente DEI para castelhano (tradutora ajuramentada Ana Lúcia Ferraz, certificado n.º 417/2025), dado que Espanha aceita DEI apenas em espanhol; Anexo B — confirmação de receção, a preencher e devolver.', size=9)
    b.page_break()
    b.p('ANEXO 1 — Disposições legais', bold=True)
    b.p('Artigo 221.º (Burla informática e nas comunicações) — 1. «Quem, com intenção de obter para si ou para terceiro enriquecimento ilegítimo, causar a outra pessoa prejuízo patrimonial, mediante interferência no resultado de tratamento de dados ou mediante estruturação incorrecta de programa informático, utilização incorrecta ou incompleta de dados, utilização de dados sem autorização ou intervenção por qualquer outro modo não autorizada no processamento, é punido com pena de prisão até 3 anos ou com pena de multa.» (...) 5. «Se o prejuízo for: (...) b) De valor consideravelmente elevado, o agente é punido com pena de prisão de 2 a 8 anos.»', size=9, align='j')
    b.p('Artigo 205.º (Abuso de confiança) — 1. «Quem ilegitimamente se apropriar de coisa móvel ou animal que lhe tenha sido entregue por título não translativo da propriedade é punido com pena de prisão até 3 anos ou com pena de multa.» (...) 4. b) «Se a coisa ou o animal referidos no n.º 1 forem de valor consideravelmente elevado, o agente é punido com pena de prisão de um até oito anos.»', size=9, align='j')
    b.p('Artigo 368.º-A (Branqueamento) — 3. «Quem ocultar ou dissimular a verdadeira origem, natureza, localização, disposição, movimentação ou titularidade das vantagens, ou os direitos a ela relativos, é punido com pena de prisão de 2 a 12 anos.»', size=9, align='j')
    b.page_break()
    b.p('ANEXO B — CONFIRMAÇÃO DA RECEÇÃO DE UMA DEI', bold=True, align='c')
    b.p('O presente formulário deve ser preenchido pela autoridade do Estado de execução que recebeu a DEI abaixo referida.', size=9)
    b.table([['A) DEI EM CAUSA'],
             ['Autoridade que emitiu a DEI:', 'DIAP de Lisboa, 9.ª Secção'], ['Referência:', 'NUIPC 417/24.1TELSB — DEI n.º 12/2025'],
             ['Data de emissão:', '5 de maio de 2025'], ['Data de receção:', '{txt:  }'],
             ['B) AUTORIDADE QUE RECEBEU A DEI'],
             ['Designação oficial:', '{txt:  }'], ['Nome do representante:', '{txt:  }'], ['Cargo:', '{txt:  }'],
             ['Endereço / Tel. / Correio eletrónico:', '{txt:  }'], ['Referência:', '{txt:  }'],
             ['C) AUTORIDADE COMPETENTE A QUEM A DEI FOI TRANSMITIDA (se aplicável)'], ['Designação e dados:', '{txt:  }'], ['Data de transmissão:', '{txt:  }'],
             ['D) OUTRAS INFORMAÇÕES'], ['', ''],
             ['E) ASSINATURA E DATA'], ['Assinatura:', ''], ['Data:', ''], ['Carimbo oficial:', '']],
            shade_first_col=True, widths=[6, 11])
    b.p('Devolver para: diap.lisboa.9sec@example.pt', size=9)
    b.save(os.path.join(OUT, 'I04_pt_dei_pt_es.docx'))

# ---------------------------------------------------------------- I06
def i06():
    b = Builder(font='Times New Roman', size=10.5, author='PNF')
    b.header_footer('PARQUET NATIONAL FINANCIER — Tribunal judiciaire de Paris', 'PNF 24/417/F — certificat de gel')
    b.p('ANNEXE I — CERTIFICAT DE GEL', bold=True, size=13, align='c')
    b.p('(Règlement (UE) 2018/1805 du Parlement européen et du Conseil du 14 novembre 2018 concernant la reconnaissance mutuelle des décisions de gel et des décisions de confiscation)', size=9, align='c')
    b.table([['SECTION A : Autorité d\'émission — État d\'émission — État d\'exécution'],
             ['État d\'émission :', 'FRANCE'], ['État d\'exécution :', 'GRAND-DUCHÉ DE LUXEMBOURG'],
             ['Autorité d\'émission :', 'Procureur de la République financier près le tribunal judiciaire de Paris'],
             ['Nom du représentant :', 'Mme Élodie FAVREAU, vice-procureure'],
             ['Adresse :', 'Parquet national financier, Parvis du Tribunal de Paris, 75859 Paris Cedex 17'],
             ['Tél. / Courriel :', '+33 1 00 04 17 00 — pnf.entraide@example.fr'],
             ['Référence du dossier :', 'PNF 24/417/F'],
             ['Autorité de validation :', 'Ordonnance de saisie pénale du juge des libertés et de la détention du tribunal judiciaire de Paris en date du 24 avril 2025 (art. 706-153 du code de procédure pénale), jointe en copie certifiée conforme.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION B : Urgence et/ou date d\'exécution demandée'],
             ['Urgence :', '☒ oui'],
             ['Date à laquelle l\'exécution est demandée :', 'avant le 20 mai 2025'],
             ['Motifs :', 'Le 6 mai 2025, le conseil de la société titulaire a sollicité de la banque un virement de 1 850 000 euros vers un compte à Dubaï ; la banque a différé l\'ordre de cinq jours ouvrables en application de ses procédures internes. Passé ce délai, les fonds seront hors d\'atteinte.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION C : Biens concernés par la décision de gel'],
             ['Description :', 'Avoirs inscrits au compte n° LU00 0417 0000 4170 4170 ouvert au nom de la société HALCYON PARTICIPATIONS S.à r.l. auprès de la BANQUE PRIVÉE DU KIRCHBERG S.A., 18 boulevard Royal, L-2449 Luxembourg, à hauteur de 2 300 000 euros.'],
             ['Lien avec l\'infraction :', 'Produit direct des infractions exposées en section F (biens objet ou produit de l\'infraction, art. 131-21 du code pénal).'],
             ['Valeur estimée :', '2 300 000 euros']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION D : Identité de la personne à l\'encontre de laquelle la décision de gel a été émise ou qui est propriétaire des biens'],
             ['Personne physique :', 'M. Thierry Jean-Marc DELORME, né le 11 juin 1968 à Versailles (78), de nationalité française, passeport n° 19AF04170, demeurant 7 avenue Foch, 75116 Paris'],
             ['Qualité :', 'mis en examen (interrogatoire de première comparution du 3 avril 2025)'],
             ['Personne morale :', 'HALCYON PARTICIPATIONS S.à r.l., RCS Luxembourg B000417, siège 12 rue Goethe, L-1637 Luxembourg, dont M. DELORME est l\'associé unique et le bénéficiaire effectif']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION E : Personnes physiques ou morales concernées (tiers)'], ['', '—']], shade_first_col=True, widths=[2, 15])
    b.table([['SECTION F : Motifs de la décision de gel'],
             ['Résumé des faits :', 'M. DELORME, président de la société cotée VELIA SANTÉ SA (Lyon), a fait souscrire par celle-ci, entre 2020 et 2023, quatorze contrats de « conseil stratégique » auprès de la société luxembourgeoise HALCYON PARTICIPATIONS S.à r.l., qu\'il détient seul, pour un montant total de 2 760 000 euros. Aucune prestation n\'a été fournie ; les rapports produits sont des copies de documents publics. Les fonds ont été versés sur le compte luxembourgeois visé en section C, où ils se trouvent encore pour l\'essentiel. Le gel est nécessaire pour garantir la confiscation, encourue à titre de peine complémentaire, et l\'indemnisation de la société victime.'],
             ['Nature et qualification juridique :', 'Abus de biens sociaux (article L. 242-6, 3°, du code de commerce) : « Est puni d\'un emprisonnement de cinq ans et d\'une amende de 375 000 euros, dont le montant peut être porté au double du produit tiré de l\'infraction, le fait pour : (...) 3° Le président, les administrateurs ou les directeurs généraux d\'une société anonyme de faire, de mauvaise foi, des biens ou du crédit de la société, un usage qu\'ils savent contraire à l\'intérêt de celle-ci, à des fins personnelles ou pour favoriser une autre société ou entreprise dans laquelle ils sont intéressés directement ou indirectement ; »\n\nBlanchiment (article 324-1 du code pénal) : « Le blanchiment est puni de cinq ans d\'emprisonnement et de 375 000 euros d\'amende. » — porté à dix ans et 750 000 euros lorsqu\'il est commis de façon habituelle (article 324-2).'],
             ['Liste des infractions (peine maximale d\'au moins trois ans) :', '☒ blanchiment des produits du crime\n☐ corruption\n☐ escroquerie']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION G : Gel en vue d\'une confiscation ultérieure'],
             ['', '☒ Le bien doit rester gelé dans l\'État d\'exécution en vue de sa confiscation ultérieure.\nUne décision de confiscation sera transmise à l\'issue du jugement.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION H : Voies de recours'],
             ['', 'La personne concernée peut former appel de l\'ordonnance de saisie devant la chambre de l\'instruction de la cour d\'appel de Paris dans un délai de dix jours à compter de sa notification (art. 706-153, al. 2, du code de procédure pénale).']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION I : Autres circonstances pertinentes (informations facultatives)'],
             ['', 'Il est demandé que le gel soit exécuté sans avis préalable à la banque cliente ni au titulaire, et que l\'existence du présent certificat ne leur soit pas révélée avant exécution : M. DELORME ignore que des investigations sont menées sur les flux luxembourgeois et une information prématurée provoquerait la dispersion des avoirs. Si cette confidentialité ne peut être garantie, merci de nous en informer avant toute démarche.\n\nIl est en outre demandé que l\'autorité d\'exécution retourne au parquet national financier une attestation de gel précisant le solde effectivement gelé à la date d\'exécution.\n\nLe présent certificat est transmis directement au Parquet général du Grand-Duché de Luxembourg (service entraide pénale) ; une copie est adressée pour information au bureau français d\'Eurojust.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION J : Signature'],
             ['Signature de l\'autorité d\'émission certifiant l\'exactitude du contenu :', '(signé) Élodie Favreau, vice-procureure'],
             ['Date :', '7 mai 2025'], ['Cachet :', '[Parquet national financier]']],
            shade_first_col=True, widths=[6, 11])
    b.p('Pièce jointe : copie certifiée conforme de l\'ordonnance du juge des libertés et de la détention du 24 avril 2025.', size=9)
    b.save(os.path.join(OUT, 'I06_fr_gel_fr_lu.docx'))



# ---------------------------------------------------------------- I09
def i09():
    b = Builder(font='Arial', size=10, author='LAJ Palma')
    b.header_footer('ADMINISTRACIÓN DE JUSTICIA — JUZGADO DE INSTRUCCIÓN N.º 3 DE PALMA', 'Diligencias Previas 417/2024 — OEI')
    b.p('ANEXO A', bold=True, align='c')
    b.p('ORDEN EUROPEA DE INVESTIGACIÓN (OEI)', bold=True, size=13, align='c')
    b.p('La presente OEI ha sido emitida por una autoridad competente. La autoridad de emisión certifica que la emisión de la presente OEI es necesaria y proporcionada para los fines del procedimiento en ella especificado, teniendo en cuenta los derechos de la persona sospechosa o acusada, y que las medidas de investigación solicitadas podrían haberse ordenado en las mismas condiciones en un caso interno similar. Solicito que la medida o medidas de investigación especificadas a continuación se lleven a cabo teniendo debidamente en cuenta la confidencialidad de la investigación y que se transfieran las pruebas obtenidas como resultado de la ejecución de la OEI.', size=9, align='j')
    b.table([['SECCIÓN A'], ['Estado de emisión:', 'ESPAÑA'], ['Estado de ejecución:', 'ITALIA']], shade_first_col=True, widths=[5, 12])
    b.table([['SECCIÓN B: Urgencia'],
             ['Indíquese si existe urgencia debido a:', '☐ Ocultación o destrucción de pruebas\n☒ Fecha inminente del juicio\n☐ Cualquier otra razón'],
             ['Especifíquese:', 'El juicio oral contra los acusados está señalado ante la Audiencia Provincial de Palma para el {del:3 de noviembre}{ins:15 de septiembre} de 2025. La declaración del testigo debe estar practicada antes del {del:15 de octubre}{ins:31 de julio} de 2025 para poder ser incorporada al escrito de acusación complementario.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECCIÓN C: Medida(s) de investigación que deben llevarse a cabo'],
             ['Descripción:', '☒ Audiencia por videoconferencia u otra transmisión audiovisual de testigo.\nSe solicita la declaración testifical, por videoconferencia desde la sede del Tribunale di Genova, de D. Matteo FERRANDO, nacido el 2 de febrero de 1975 en Génova, de nacionalidad italiana, con domicilio en Via XX Settembre 117, 16121 Génova, antiguo patrón del yate «Ninfea IV», sobre los viajes realizados entre Génova y Palma en julio y agosto de 2023 y sobre las personas que embarcaron la mercancía.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECCIÓN D: Relación con una OEI anterior'],
             ['', '☐ La presente OEI completa una OEI anterior.\nNo se ha remitido copia de la presente OEI por otros cauces (Eurojust, Interpol ni vía diplomática), ni se ha dirigido OEI a otro Estado miembro.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECCIÓN E: Identidad de la persona afectada'],
             ['Acusado:', 'Lorenzo VIDAL PONS, nacido el 19 de marzo de 1981 en Palma, de nacionalidad española, DNI 00041741-K'],
             ['Acusado:', 'Dragan MILIĆ, nacido el 7 de enero de 1977 en Kotor, de nacionalidad montenegrina, NIE Y0417417-Q'],
             ['Testigo:', 'Matteo FERRANDO (véase Sección C)']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECCIÓN G: Motivos para emitir la OEI'],
             ['1. Resumen de los hechos:', 'El 28 de agosto de 2023 la Guardia Civil intervino en el puerto deportivo de Portals Nous 312 kilogramos de cocaína ocultos en el doble fondo del yate «Ninfea IV», amarrado a nombre de una sociedad controlada por Lorenzo VIDAL PONS. Dragan MILIĆ fue detenido cuando descargaba los fardos. El testigo FERRANDO patroneó el yate en las dos travesías anteriores desde Génova y fue sustituido, a instancia de VIDAL PONS, días antes de la última. Su declaración es necesaria para acreditar quién dio las instrucciones de navegación y quién tenía acceso al doble fondo, extremo que ambos acusados niegan.'],
             ['2. Naturaleza y tipificación jurídica:', 'Delito contra la salud pública, tráfico de drogas que causan grave daño a la salud en cantidad de notoria importancia y con utilización de embarcación (artículos 368 y 370.3.º del Código Penal): pena de prisión de nueve años y un día a trece años y seis meses y multa.\n\nArtículo 368: «Los que ejecuten actos de cultivo, elaboración o tráfico, o de otro modo promuevan, favorezcan o faciliten el consumo ilegal de drogas tóxicas, estupefacientes o sustancias psicotrópicas, o las posean con aquellos fines, serán castigados con las penas de prisión de tres a seis años y multa del tanto al triplo del valor de la droga objeto del delito si se tratare de sustancias o productos que causen grave daño a la salud, y de prisión de uno a tres años y multa del tanto al duplo en los demás casos.»\n\nArtículo 370: «Se impondrá la pena superior en uno o dos grados a la señalada en el artículo 368 cuando: (...) 3.º Las conductas descritas en el artículo 368 fuesen de extrema gravedad. Se consideran de extrema gravedad los casos en que la cantidad de las sustancias a que se refiere el artículo 368 excediere notablemente de la considerada como de notoria importancia, o se hayan utilizado buques, embarcaciones o aeronaves como medio de transporte específico (...)»'],
             ['3.', '☒ tráfico ilícito de estupefacientes y sustancias psicotrópicas']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECCIÓN H: Requisitos adicionales para ciertas medidas'],
             ['H2 — Videoconferencia', 'Motivo: el testigo reside en Italia y ha manifestado que no comparecerá en España. La declaración será dirigida por la Magistrada-Juez que suscribe, conforme a la Ley de Enjuiciamiento Criminal, con asistencia de la autoridad judicial italiana. Podrán intervenir el Ministerio Fiscal y las defensas desde la sala de vistas de Palma. Intérprete italiano-español a cargo del Juzgado. Contacto técnico: Unidad de videoconferencias, +34 971 000 417, videoconf.palma@example.es.']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECCIÓN I: Formalidades y procedimientos solicitados para la ejecución'],
             ['1.', '☒ Se solicita: que se informe al testigo, antes de declarar, de su obligación de decir verdad y de las dispensas del artículo 416 LECrim, que se le entregue la citación con al menos diez días de antelación y que la autoridad italiana levante acta de la identidad del testigo y del desarrollo de la audiencia.'],
             ['2.', '☒ Participación de autoridades del Estado de emisión: la Magistrada-Juez D.ª Rosa María Llull Serra y la Letrada de la Administración de Justicia D.ª Inés Pastor Coll dirigirán la declaración desde Palma, por ser la autoridad competente para practicar la prueba con contradicción de las partes.']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECCIÓN K: Datos de la autoridad que ha emitido la OEI'],
             ['Tipo:', '☒ Juez, órgano jurisdiccional o juez de instrucción'],
             ['Nombre de la autoridad:', 'Juzgado de Instrucción n.º 3 de Palma'],
             ['Representante:', 'D.ª Rosa María LLULL SERRA, Magistrada-Juez'],
             ['Expediente:', 'Diligencias Previas 417/2024'],
             ['Dirección:', 'Vía Alemania 5, 07003 Palma (Illes Balears)'],
             ['Tel.:', '+34 971 000 410'], ['Correo electrónico:', 'instruccion3.palma@example.es'],
             ['Lenguas de comunicación:', 'español, inglés'],
             ['Firma y fecha:', '(firmado) R. M. Llull Serra — Palma, 12 de marzo de 2025']],
            shade_first_col=True, widths=[6, 11])
    b.p('Fundamento: Directiva 2014/41/UE y artículos 186 a 196 de la Ley 23/2014, de 20 de noviembre, de reconocimiento mutuo de resoluciones penales en la Unión Europea.', size=9)
    b.p('Nota: la traducción de la presente OEI al italiano se remitirá a la mayor brevedad posible por el Ministerio de Justicia.', size=9, italic=True)
    b.save(os.path.join(OUT, 'I09_es_oei_es_it.docx'))

# ---------------------------------------------------------------- I12
def i12():
    b = Builder(font='Times New Roman', size=11, author='Central Authority IE')
    b.header_footer('RESTRICTED — MUTUAL LEGAL ASSISTANCE', 'Department of Justice — Central Authority for Mutual Assistance — Ref. MA/2025/0417')
    n = b.numbering('pcoc', [('decimal', '%1.', 0.8), ('lowerLetter', '(%2)', 1.6), ('lowerRoman', '(%3)', 2.4)])
    b.p('CENTRAL AUTHORITY FOR MUTUAL ASSISTANCE\nDepartment of Justice, 51 St Stephen\'s Green, Dublin 2, D02 HK52, Ireland\nTel. +353 1 000 4170 — mutualassistance@example.ie', bold=True)
    b.p('To: Ministry of Justice and Public Order, Central Authority for Mutual Legal Assistance, Nicosia, Cyprus', space_after=8)
    b.p('REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS', bold=True, size=13, align='c')
    b.p('(Council of Europe PC-OC model request form)', align='c', italic=True)
    b.p('URGENT — see item 5.    CONFIDENTIAL — see item 6.', bold=True, align='c')
    b.num(n, '**Requesting authority.** Director of Public Prosecutions, Ireland (Mr Cathal Ó BRIAIN, Senior Prosecuting Solicitor, Office of the DPP, Infirmary Road, Dublin 7; tel. +353 1 000 4180; cathal.obriain@example.ie), on behalf of the Garda National Economic Crime Bureau (investigating officer: Detective Sergeant Niamh KEHOE, tel. +353 1 000 4190, niamh.kehoe@example.ie). Transmitted by the Central Authority for Mutual Assistance, Department of Justice (case officer Ms Aoife Dunne, details above).')
    b.num(n, '**Requested authority.** The competent judicial authority of the Republic of Cyprus, through the Ministry of Justice and Public Order.')
    b.num(n, '**Prior contacts.** On 14 January 2025 Detective Sergeant Kehoe met Inspector Andreas Georgiou of the Cyprus Police Economic Crime Investigation Office at a Europol operational meeting in The Hague. Inspector Georgiou confirmed that LIMASSOL CAPITAL SERVICES LTD is registered in Limassol and that its bank records can be obtained by a disclosure order of the District Court. No other contact has taken place.')
    b.num(n, '**Other channels.** A copy of this request has been sent for information only, through INTERPOL Dublin, to INTERPOL Nicosia; it is not a separate request. The request is not being sent through the diplomatic channel.')
    b.num(n, '**Urgency.** This request is urgent. The accused, Mr Declan FARRELLY, is returned for trial before the Dublin Circuit Criminal Court with a trial date of 3 November 2025; the prosecution must serve any additional evidence on the defence no later than 15 September 2025. We would be grateful to receive the evidence by 31 August 2025.')
    b.num(n, '**Confidentiality.** The second suspect, Mr Stelios KYRIAKOU, is not yet aware of the investigation. We ask that neither the bank nor LIMASSOL CAPITAL SERVICES LTD be informed of the existence or content of this request, as he could otherwise destroy records and move funds. If the requested authority cannot comply, we ask to be consulted before the request is executed.')
    b.num(n, '**Legal basis.** The European Convention on Mutual Assistance in Criminal Matters of 20 April 1959 and its Additional Protocol of 17 March 1978, and the Convention on Mutual Assistance in Criminal Matters between the Member States of the European Union of 29 May 2000 and its Protocol of 16 October 2001 (which Cyprus and Ireland have both ratified; Ireland does not take part in Directive 2014/41/EU). Irish law: Criminal Justice (Mutual Assistance) Act 2008.')
    b.num(n, '**Persons concerned.**')
    b.num(n, 'Declan Joseph FARRELLY, born 2 October 1971 in Cork, Irish national, passport PK0417417, residing at 17 Seafield Road, Clontarf, Dublin 3 — accused;', level=1)
    b.num(n, 'Stelios KYRIAKOU, born 30 July 1969 in Limassol, Cypriot national, identity card 00417417 — suspect, director of LIMASSOL CAPITAL SERVICES LTD (registration HE 417417), 41 Makarios III Avenue, Limassol;', level=1)
    b.num(n, 'Ms Eleni PAPADOPOULOU, compliance officer of Mesogeios Bank Ltd, Limassol — witness.', level=1)
    b.num(n, '**Summary of facts.** Between 2019 and 2023 Mr Farrelly was the financial controller of WESTLAND AGRI CO-OPERATIVE SOCIETY LTD, Galway. He created 61 false supplier invoices in the name of "KYRO AGRITRADE", an entity which does not exist in Ireland, and caused the co-operative to pay EUR 1,812,000 to account CY00 0041 7000 0000 0000 0417 4170 held by LIMASSOL CAPITAL SERVICES LTD at Mesogeios Bank Ltd, Limassol. In interview on 20 June 2024 Mr Farrelly admitted creating the invoices but said that the money was paid on the instructions of Mr Kyriakou as "commission" for a fertiliser supply contract that was never delivered. Garda analysis shows that EUR 640,000 was paid back from Cyprus to an account in Mr Farrelly\'s wife\'s name in Northern Ireland.')
    b.num(n, '**Offences and penalties.** The accused is charged with:')
    b.num(n, 'deception contrary to section 6(1) of the Criminal Justice (Theft and Fraud Offences) Act 2001 — maximum penalty five years\' imprisonment and/or a fine;', level=1)
    b.num(n, 'false accounting contrary to section 10 of that Act — maximum ten years\' imprisonment and/or a fine;', level=1)
    b.num(n, 'money laundering contrary to section 7 of the Criminal Justice (Money Laundering and Terrorist Financing) Act 2010 — maximum fourteen years\' imprisonment and/or a fine.', level=1)
    b.p('The text of these provisions is set out in Annex A.{fn:Annex A reproduces the sections as in force on 1 January 2019; they have not been amended in any relevant respect since.}')
    b.num(n, '**Assistance requested.** The requesting authority respectfully asks that the competent Cypriot authorities:')
    b.num(n, 'obtain from Mesogeios Bank Ltd, for account CY00 0041 7000 0000 0000 0417 4170 and any other account held or controlled by LIMASSOL CAPITAL SERVICES LTD or by Mr Kyriakou, for the period 1 January 2019 to 31 December 2023: account-opening documents, beneficial-ownership declarations, statements, and the details of all transfers above EUR 10,000 to or from Ireland or the United Kingdom;', level=1)
    b.num(n, 'obtain from the Department of Registrar of Companies and Intellectual Property certified copies of the registration file of LIMASSOL CAPITAL SERVICES LTD (directors, shareholders, annual returns 2019–2023);', level=1)
    b.num(n, 'take a statement from Ms Papadopoulou exhibiting the bank records and explaining the bank\'s customer-due-diligence file on the company, in particular any documents supplied about a fertiliser trade.', level=1)
    b.num(n, '**Relevance.** The bank records at 11(a) are needed to prove that the money taken from the co-operative reached the Cypriot account and that part of it was returned for the accused\'s benefit, which he denies. The company file at 11(b) will show that "KYRO AGRITRADE" has no connection with any genuine business and identify who controls the company. Ms Papadopoulou\'s statement at 11(c) is needed to produce the bank records in admissible form and to establish whether any trade documents were ever supplied to the bank.')
    b.num(n, '**Procedures.** So far as compatible with the law of Cyprus:')
    b.num(n, 'the bank records should be certified by an officer of the bank as true copies of records made in the ordinary course of business, using the form in Annex B, so that they are admissible under section 5 of the Criminal Evidence Act 1992;', level=1)
    b.num(n, 'Ms Papadopoulou\'s statement should be taken on oath or affirmation, recorded in writing in English or Greek with an English translation, and signed by her on each page;', level=1)
    b.num(n, 'if any procedure cannot be followed, please inform us so that an alternative can be agreed.', level=1)
    b.num(n, '**Presence of officials.** Detective Sergeant Niamh Kehoe and Mr Cathal Ó Briain wish to be present when Ms Papadopoulou\'s statement is taken, to assist the Cypriot authority with the detailed questions on the flow of funds and to ensure that the statement covers the points required by Irish rules of evidence. They will not put questions directly unless permitted.')
    b.num(n, '**Language.** This request is written in English, which Cyprus accepts for incoming requests. No translation is enclosed.')
    b.num(n, '**Undertakings.** The evidence obtained will be used only in the proceedings described above unless Cyprus consents otherwise. Ireland will reciprocate any similar request from Cyprus. Extraordinary costs will be the subject of consultation.')
    b.num(n, '**Return of evidence.** Please send the evidence to the Central Authority for Mutual Assistance at the address above.')
    b.p('Dublin, 23 May 2025', space_after=2)
    b.p('(signed) Aoife Dunne, for the Central Authority for Mutual Assistance\n(signed) Cathal Ó Briain, for the Director of Public Prosecutions')
    b.p('Annexes: A — text of sections 6 and 10 of the 2001 Act and section 7 of the 2010 Act; B — model certificate for bank records; C — acknowledgement of receipt.', italic=True)
    b.page_break()
    b.p('ANNEX A — Text of the law', bold=True)
    b.p('Criminal Justice (Theft and Fraud Offences) Act 2001, section 6(1): "A person who dishonestly, with the intention of making a gain for himself or herself or another, or of causing loss to another, by any deception induces another to do or refrain from doing an act is guilty of an offence." Section 6(2): "A person guilty of an offence under this section is liable on conviction on indictment to a fine or imprisonment for a term not exceeding 5 years or both."', size=10, align='j')
    b.p('Section 10(1): "A person is guilty of an offence if he or she dishonestly, with the intention of making a gain for himself or herself or another, or of causing loss to another — (a) destroys, defaces, conceals or falsifies any account or any document made or required for any accounting purpose, ..." Section 10(2): "... liable on conviction on indictment to a fine or imprisonment for a term not exceeding 10 years or both."', size=10, align='j')
    b.p('Criminal Justice (Money Laundering and Terrorist Financing) Act 2010, section 7(1): "A person commits an offence if — (a) the person engages in any of the following acts in relation to property that is the proceeds of criminal conduct: (i) concealing or disguising the true nature, source, location, disposition, movement or ownership of the property ...; (ii) converting, transferring, handling, acquiring, possessing or using the property; (iii) removing the property from, or bringing the property into, the State, and (b) the person knows or believes (or is reckless as to whether or not) the property is the proceeds of criminal conduct." Section 7(3): "A person who commits an offence under this section is liable ... on conviction on indictment, to a fine or imprisonment for a term not exceeding 14 years (or both)."', size=10, align='j')
    b.p('ANNEX B — Certificate of authenticity of business records', bold=True)
    b.p('I, ............................................, employed by Mesogeios Bank Ltd as ............................................, certify that the attached ....... pages are true copies of records made and kept in the ordinary course of the bank\'s business by persons having knowledge of the matters recorded. Signed ................... Date ..........', size=10)
    b.p('ANNEX C — ACKNOWLEDGEMENT OF RECEIPT', bold=True)
    b.table([['Our reference', 'MA/2025/0417 (Ireland)'], ['Your reference', ''], ['Date of receipt', ''],
             ['Authority to which the request has been assigned', ''], ['Contact person, telephone, e-mail', ''], ['Signature and stamp', '']],
            shade_first_col=True, widths=[7, 10])
    b.p('Please return to mutualassistance@example.ie or to the postal address above.', size=10)
    b.save(os.path.join(OUT, 'I12_en_pcoc_ie_cy.docx'))

# ---------------------------------------------------------------- I13
def i13():
    b = Builder(font='Arial', size=10, author='Limassol DC')
    b.header_footer('ANNEX I — FREEZING CERTIFICATE — Regulation (EU) 2018/1805', None)
    b.p('FREEZING CERTIFICATE', bold=True, size=13, align='c')
    b.table([['SECTION A: Issuing State and issuing authority'],
             ['Issuing State:', 'Republic of Cyprus'], ['Executing State:', 'Malta'],
             ['Issuing authority:', 'District Court of Limassol (Criminal Jurisdiction) — freezing order of 2 April 2025, application no. 417/2025, made on the application of the Unit for Combating Money Laundering (MOKAS)'],
             ['Contact for this certificate:', 'MOKAS, Legal Section, Mr Marios CHARALAMBOUS, Counsel of the Republic\nTel. +357 22 000 417 — mokas.legal@example.cy'],
             ['Validating authority:', '—']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION B: Urgency'],
             ['Urgency:', '☒ Yes — see Section F'], ['Requested date of execution:', 'See Section F']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION C: Property'],
             ['Property to be frozen:', '(1) Funds held in account MT00 VALL 0417 0000 0000 0041 7417 04 in the name of BLUE ORBIT HOLDINGS LIMITED at Grand Harbour Bank p.l.c., Valletta (bank switchboard +356 2000 9999);\n(2) the motor yacht "ORBIT STAR", Malta registry no. 0417, berthed at Manoel Island Yacht Marina.'],
             ['Estimated value:', 'EUR 1,100,000 (account) and EUR 750,000 (yacht)']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION D: Person against whom the order has been issued / owner of the property'],
             ['Natural person:', 'Andreas MICHAEL'],
             ['Legal person:', 'BLUE ORBIT HOLDINGS LIMITED (Malta company C 04170), beneficial owner Andreas Michael']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION E: Third parties'], ['', 'Not applicable']], shade_first_col=True, widths=[2, 15])
    b.table([['SECTION F: Grounds for the freezing order'],
             ['Summary of facts:', 'Andreas Michael, a former procurement officer of the Limassol Water Board, is suspected of receiving bribes of about EUR 1.9 million from contractors between 2018 and 2023 in return for contracts for the desalination network. The bribes were paid through a consultancy in Nicosia and transferred to the Maltese company Blue Orbit Holdings Limited, which bought the yacht in 2022.\n\nThe suspect\'s lawyer has announced the sale of the yacht to a buyer in Turkey. Execution is requested by 30 May 2025, before the sale can be completed.'],
             ['Nature and legal classification:', 'Corruption of a public official — sections 4 and 5 of the Prevention of Corruption Law, Cap. 161; laundering — section 4 of the Prevention and Suppression of Money Laundering Activities Law of 2007 (L. 188(I)/2007), up to 14 years\' imprisonment.'],
             ['List of offences:', '☒ corruption\n☒ laundering of the proceeds of crime']],
            shade_first_col=True, widths=[6, 11])
    b.table([['SECTION G: Freezing with a view to subsequent confiscation'], ['', '☒ The property shall remain frozen in the executing State pending a confiscation order.']], shade_first_col=True, widths=[2, 15])
    b.table([['SECTION H: Legal remedies'], ['', 'Application to set aside the order before the District Court of Limassol.']], shade_first_col=True, widths=[2, 15])
    b.table([['SECTION I: Other circumstances relevant to the case (optional information)'],
             ['', 'This certificate is CONFIDENTIAL.\nThe Asset Recovery Bureau of Malta was informed of the case informally by MOKAS on 10 April 2025 (telephone call between Mr Charalambous and the ARB duty officer, who confirmed that the yacht is still in Malta).']],
            shade_first_col=True, widths=[2, 15])
    b.table([['SECTION J: Signature'], ['Signature:', '(signed) for the District Court of Limassol — M. Charalambous for MOKAS'], ['Date:', '7 May 2025']],
            shade_first_col=True, widths=[6, 11])
    b.save(os.path.join(OUT, 'I13_en_freezing_cy_mt.docx'))


# ---------------------------------------------------------------- I15
def i15():
    b = Builder(font='Calibri', size=10.5, author='MPF')
    b.header_footer('MINISTÉRIO PÚBLICO FEDERAL — PROCURADORIA DA REPÚBLICA NO ESTADO DE SANTA CATARINA', 'Documento assinado eletronicamente — PR-SC 1.33.000.000417/2024-17')
    b.p('FORMULÁRIO DE PEDIDO DE AUXÍLIO JURÍDICO EM MATÉRIA PENAL', bold=True, size=13, align='c')
    b.p('Autoridade Central brasileira: Ministério da Justiça e Segurança Pública — DRCI/SENAJUS', align='c', size=9)
    b.table([['1. AUTORIDADE REQUERENTE'],
             ['Órgão:', '{txt:Ministério Público Federal — Procuradoria da República em Santa Catarina (Florianópolis)}'],
             ['Responsável:', '{txt:Procurador da República Dr. Rafael Augusto BORNHAUSEN TEIXEIRA}'],
             ['Contato:', '{txt:(+55 48) 3000-0417 — prsc-cooperacao@example.br}'],
             ['2. AUTORIDADE REQUERIDA'],
             ['Estado requerido / autoridade:', 'República Portuguesa — Procuradoria-Geral da República (Autoridade Central)'],
             ['3. FUNDAMENTO JURÍDICO'],
             ['', 'Tratado de Auxílio Mútuo em Matéria Penal entre o Governo da República Federativa do Brasil e o Governo da República Portuguesa, assinado em Brasília em 7 de maio de 1991 (Decreto n.º 1.320/1994).'],
             ['4. PROCEDIMENTO'],
             ['Número / natureza:', 'Inquérito Policial n.º 2024.0000417-SC (Polícia Federal) — fase investigatória'],
             ['5. URGÊNCIA'],
             ['', '☒ Pedido urgente.'],
             ['6. SIGILO'],
             ['', '☒ O pedido é sigiloso.{fn:O inquérito tramita sob sigilo decretado pela 1.ª Vara Federal de Florianópolis em 12/02/2025, porque os investigados ainda não foram ouvidos e há risco de ocultação de bens; a divulgação do pedido aos investigados ou às instituições financeiras frustraria a diligência.}']],
            shade_first_col=True, widths=[5, 12])
    b.table([['7. PESSOAS ENVOLVIDAS'],
             ['Investigado:', 'Gustavo HENNING KRÜGER, brasileiro, nascido em 05/09/1980 em Blumenau/SC, CPF 000.417.417-00, passaporte brasileiro FX041741, residente em Cascais, Portugal (Rua Frederico Arouca 41)'],
             ['Empresa:', 'HK MARÍTIMA E LOGÍSTICA LTDA., CNPJ 00.417.417/0001-41, Itajaí/SC'],
             ['8. NARRATIVA DOS FATOS'],
             ['', 'Entre 2021 e 2023, a empresa HK MARÍTIMA E LOGÍSTICA LTDA., administrada por Gustavo Henning Krüger, declarou falsamente à Receita Federal a exportação de contêineres de madeira serrada pelo porto de Itajaí, recebendo em contrapartida, por meio de contratos de câmbio simulados, valores que totalizam R$ 23,4 milhões. Os recursos foram remetidos a contas da sociedade portuguesa ATLÂNTICO SUL TRADING, UNIPESSOAL LDA., com sede em Lisboa, da qual o investigado é o único sócio. Em 2024, o investigado fixou residência em Portugal.'],
             ['9. TIPIFICAÇÃO LEGAL E PENAS'],
             ['', 'Evasão de divisas (art. 22, parágrafo único, da Lei n.º 7.492/1986): reclusão de 2 a 6 anos e multa.\nLavagem de dinheiro (art. 1.º da Lei n.º 9.613/1998): reclusão de 3 a 10 anos e multa.\nOs textos integrais dos dispositivos seguem no Anexo I.'],
             ['10. DILIGÊNCIAS SOLICITADAS'],
             ['', 'a) Informações cadastrais e extratos de todas as contas tituladas pela ATLÂNTICO SUL TRADING, UNIPESSOAL LDA. (NIPC 500041741) e por Gustavo Henning Krüger em instituições financeiras portuguesas, no período de 01/01/2021 a 31/12/2024, a obter junto do Banco de Portugal (base de contas) e das instituições indicadas;\nb) Certidão permanente do registo comercial da ATLÂNTICO SUL TRADING;\nc) Informação sobre imóveis registados em nome do investigado ou da empresa nas conservatórias do registo predial.'],
             ['11. OBJETIVO / NEXO'],
             ['', 'Comprovar o destino dos valores remetidos do Brasil, identificar o beneficiário final e localizar bens passíveis de futura medida de constrição para recuperação de ativos.'],
             ['12. PROCEDIMENTOS ESPECIAIS'],
             ['', 'Solicita-se que os documentos bancários sejam remetidos em cópia certificada e, se possível, também em formato digital (planilha), com indicação da instituição que os forneceu, para preservar a cadeia de custódia.'],
             ['13. PARTICIPAÇÃO DE AUTORIDADES BRASILEIRAS'],
             ['', 'Não há necessidade de participação de autoridades brasileiras no cumprimento.'],
             ['14. CONTATOS PRÉVIOS / OUTROS CANAIS'],
             ['', '—'],
             ['15. IDIOMA'],
             ['', 'Português — dispensada tradução.'],
             ['16. ANEXOS'],
             ['', 'Anexo I — Lei n.º 7.492/1986, art. 22; Lei n.º 9.613/1998, art. 1.º (transcrição)\nAnexo II — decisão judicial de quebra de sigilo bancário (cópia)']],
            shade_first_col=True, widths=[5, 12])
    b.p('Florianópolis, 14 de março de 2025.', align='r')
    b.p('Rafael Augusto Bornhausen Teixeira\nProcurador da República', align='r')
    b.page_break()
    b.p('ANEXO I', bold=True)
    b.p('Lei n.º 7.492/1986, art. 22: "Efetuar operação de câmbio não autorizada, com o fim de promover evasão de divisas do País: Pena - Reclusão, de 2 (dois) a 6 (seis) anos, e multa. Parágrafo único. Incorre na mesma pena quem, a qualquer título, promove, sem autorização legal, a saída de moeda ou divisa para o exterior, ou nele mantiver depósitos não declarados à repartição federal competente."', size=10, align='j')
    b.p('Lei n.º 9.613/1998, art. 1.º: "Ocultar ou dissimular a natureza, origem, localização, disposição, movimentação ou propriedade de bens, direitos ou valores provenientes, direta ou indiretamente, de infração penal. Pena: reclusão, de 3 (três) a 10 (dez) anos, e multa."', size=10, align='j')
    b.save(os.path.join(OUT, 'I15_pt_formulario_br_pt.docx'))

# ---------------------------------------------------------------- I17
def i17():
    b = Builder(font='Times New Roman', size=11, author='СК России')
    b.header_footer('Для служебного пользования', 'Уголовное дело № 12402450041000417 — запрос о правовой помощи')
    n = b.numbering('ru', [('decimal', '%1.', 0.8), ('decimal', '%1.%2.', 1.6)])
    b.p('СЛЕДСТВЕННЫЙ КОМИТЕТ РОССИЙСКОЙ ФЕДЕРАЦИИ\nГлавное следственное управление по г. Москве\nСледственный отдел по Басманному району\n105066, г. Москва, ул. Нижняя Красносельская, д. 41\nтел. +7 495 000-04-17, эл. почта: so.basmanny@example.ru', bold=True)
    b.p('Генеральная прокуратура Республики Беларусь\n220030, г. Минск, ул. Интернациональная, 22', align='r')
    b.p('ЗАПРОС\nо правовой помощи по уголовному делу № 12402450041000417', bold=True, align='c', size=12)
    b.p('(в соответствии с Конвенцией о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам от 22 января 1993 года)', align='c', italic=True)
    b.num(n, '**Запрашивающий орган:** следственный отдел по Басманному району ГСУ СК России по г. Москве; уголовное дело находится в производстве старшего следователя майора юстиции Ковалёвой Анны Сергеевны (тел. +7 495 000-04-18, a.kovaleva@example.ru).')
    b.num(n, '**Запрашиваемое учреждение:** Генеральная прокуратура Республики Беларусь для поручения компетентному органу.')
    b.num(n, '**Ранее состоявшиеся контакты.** Рабочие контакты с правоохранительными органами Республики Беларусь по данному делу не поддерживались.')
    b.num(n, '**Иные каналы.** Копия запроса по другим каналам (Интерпол, дипломатические каналы) не направлялась и направляться не будет.')
    b.num(n, '**Срочность.** Срок предварительного следствия по делу продлён до 30 сентября 2025 года; обвиняемый содержится под стражей до той же даты. В связи с этим просим по возможности исполнить запрос не позднее 1 августа 2025 года.')
    b.num(n, '**Конфиденциальность.** Особого режима конфиденциальности не требуется: обвиняемый и его защитник ознакомлены с постановлением о направлении запроса.')
    b.num(n, '**Обстоятельства дела.** Следствием установлено, что в период с 1 марта по 30 ноября 2024 года Рябцев Олег Викторович, 17 апреля 1985 года рождения, уроженец г. Гомеля, гражданин Российской Федерации, паспорт гражданина РФ серии 45 17 № 041741, действуя в составе группы лиц по предварительному сговору, от имени ООО «Северный Агроимпорт» (ИНН 7700041741) заключил с 23 юридическими лицами договоры на поставку сельскохозяйственной техники белорусского производства, получил предоплату на общую сумму 96 400 000 рублей и, не намереваясь исполнять обязательства, перечислил 71 200 000 рублей на счёт ООО «БелТехРесурс» (УНП 190041741, г. Минск) в ОАО «Минский коммерческий банк». Техника поставлена не была. Рябцев О.В. задержан 12 декабря 2024 года, 14 декабря 2024 года ему предъявлено обвинение.')
    b.num(n, '**Квалификация.** Действия Рябцева О.В. квалифицированы по ч. 4 ст. 159 УК РФ (мошенничество в особо крупном размере). Текст статьи прилагается (приложение № 1):')
    b.p('«4. Мошенничество, совершённое организованной группой либо в особо крупном размере или повлёкшее лишение права гражданина на жилое помещение, — наказывается лишением свободы на срок до десяти лет со штрафом в размере до одного миллиона рублей или в размере заработной платы или иного дохода осуждённого за период до трёх лет либо без такового и с ограничением свободы на срок до двух лет либо без такового.»', italic=True, align='j')
    b.num(n, '**Просим выполнить следующие процессуальные действия:**')
    b.num(n, 'истребовать в ОАО «Минский коммерческий банк» сведения о движении денежных средств по счетам ООО «БелТехРесурс» за период с 1 марта 2024 года по 31 января 2025 года с указанием получателей платежей;', level=1)
    b.num(n, 'допросить в качестве свидетеля директора ООО «БелТехРесурс» Мельниченко Дениса Игоревича, 1979 г.р., проживающего по адресу: г. Минск, пр. Независимости, д. 117, кв. 41, по вопросам, указанным в приложении № 2;', level=1)
    b.num(n, 'изъять (выемка) в ООО «БелТехРесурс» договоры и переписку с ООО «Северный Агроимпорт» за 2024 год.', level=1)
    b.num(n, '**Значение для дела.** Сведения банка необходимы для установления конечных получателей похищенных денежных средств и их последующего ареста; показания Мельниченко Д.И. и изымаемые договоры — для проверки версии обвиняемого о том, что техника была оплачена, но не отгружена по вине белорусской стороны.')
    b.num(n, '**Порядок исполнения.** Просим перед допросом разъяснить свидетелю права, предусмотренные законодательством Республики Беларусь, предупредить его об ответственности за дачу ложных показаний, составить протокол допроса, подписанный свидетелем на каждой странице; документы изъять с составлением протокола и описи, копии банковских документов заверить печатью банка.')
    b.num(n, '**Присутствие представителей.** Присутствие российских следователей при исполнении запроса не требуется.')
    b.num(n, '**Язык.** Запрос составлен на русском языке в соответствии со статьёй 17 Конвенции.')
    b.num(n, 'Гарантируем, что полученные сведения будут использованы исключительно по настоящему уголовному делу. Готовы оказывать правовую помощь Республике Беларусь на тех же условиях.')
    b.p('Приложения: 1) текст ст. 159 УК РФ на 1 л.; 2) перечень вопросов свидетелю на 1 л.; 3) уведомление о получении запроса (подлежит возврату) на 1 л.', italic=True)
    b.p('Старший следователь майор юстиции _____________ А.С. Ковалёва\n«20» мая 2025 г.   (гербовая печать)')
    b.page_break()
    b.p('Приложение № 2. Вопросы свидетелю Мельниченко Д.И.', bold=True)
    n2 = b.numbering('ruq', [('decimal', '%1)', 0.8)])
    for q in ['С какого времени и в какой должности Вы работаете в ООО «БелТехРесурс»?',
              'Какие договоры заключались с ООО «Северный Агроимпорт», кто их подписывал?',
              'Какая техника и когда отгружалась в адрес российских покупателей?',
              'Куда направлены денежные средства, поступившие от ООО «Северный Агроимпорт»?',
              'Знаком ли Вам Рябцев О.В.? При каких обстоятельствах Вы познакомились?']:
        b.num(n2, q)
    b.p('Приложение № 3. УВЕДОМЛЕНИЕ О ПОЛУЧЕНИИ ЗАПРОСА', bold=True, align='c')
    b.table([['Запрос по уголовному делу №', '12402450041000417 (СО по Басманному району ГСУ СК России по г. Москве)'],
             ['Дата получения', ''], ['Наименование органа, получившего запрос', ''], ['Исполнитель (ФИО, должность, телефон)', ''],
             ['Входящий номер', ''], ['Подпись, печать', '']], shade_first_col=True, widths=[7, 10])
    b.p('Просим вернуть заполненное уведомление по адресу: so.basmanny@example.ru', size=10)
    b.save(os.path.join(OUT, 'I17_ru_zapros_ru_by.docx'))

# ---------------------------------------------------------------- I19
def i19():
    b = Builder(font='Arial', size=11, rtl=True, author='النيابة العامة')
    b.header_footer('المملكة الأردنية الهاشمية — المجلس القضائي — النيابة العامة', 'سري — الرقم: ن ع/ت د/417/2025')
    b.p('نموذج طلب إنابة قضائية في المواد الجزائية', bold=True, size=14, align='c')
    b.p('(وفقاً لاتفاقية الرياض العربية للتعاون القضائي لعام 1983)', align='c')
    b.table([['الجهة الطالبة', 'مدعي عام عمّان — دائرة الادعاء العام، القاضي سامر خليل العبّادي\nقصر العدل، العبدلي، عمّان\nالبريد الإلكتروني: amman.prosecution@example.jo'],
             ['الجهة المطلوب إليها', 'وزارة العدل — دولة الإمارات العربية المتحدة، إدارة التعاون الدولي'],
             ['رقم القضية', 'القضية التحقيقية رقم 417/2025 — مدعي عام عمّان'],
             ['السند القانوني', 'اتفاقية الرياض العربية للتعاون القضائي الموقعة في 6 نيسان 1983، المواد 14 إلى 21؛ وقانون أصول المحاكمات الجزائية الأردني'],
             ['ملخص الوقائع', 'تقدمت شركة "نخيل الشرق للمقاولات" بشكوى مفادها أن المحاسب لديها المشتكى عليه وليد عادل الحوراني قام خلال الفترة من 1/2/2023 ولغاية 30/9/2024 بتحويل مبالغ مجموعها (2.140.000) دينار أردني من حسابات الشركة إلى حساب باسمه لدى "بنك الخليج الأول للتجارة" في دبي، ثم غادر المملكة بتاريخ 4/10/2024 متوجهاً إلى دبي.'],
             ['هوية المشتكى عليه', 'وليد عادل الحوراني'],
             ['الجرائم المسندة', 'جرم إساءة الائتمان خلافاً لأحكام المادتين 422 و 423 من قانون العقوبات الأردني رقم 16 لسنة 1960 وتعديلاته؛ وجرم غسل الأموال خلافاً لأحكام قانون مكافحة غسل الأموال وتمويل الإرهاب.'],
             ['الإجراءات المطلوبة', '1- تزويدنا بكشوفات الحساب المصرفي المفتوح باسم المشتكى عليه لدى بنك الخليج الأول للتجارة — دبي (هاتف البنك: +971 4 000 0417) عن الفترة من 1/1/2023 ولغاية تاريخه.\n2- تزويدنا بأي معلومات مفيدة حول المشتكى عليه.'],
             ['الغاية من الطلب', 'لغايات التحقيق.'],
             ['الاستعجال', 'نرجو التكرم بإيلاء هذا الطلب صفة الاستعجال، إذ إن المشتكى عليه قد يقوم بتحويل الأموال إلى دولة ثالثة، راجين التنفيذ قبل تاريخ 30/6/2025.'],
             ['السرية', 'يرجى عدم إعلام المشتكى عليه بهذا الطلب.'],
             ['الإجراءات الخاصة', '—'],
             ['حضور ممثلين عن الجهة الطالبة', '—'],
             ['الاتصالات السابقة', 'لم يسبق التواصل مع السلطات الإماراتية بشأن هذه القضية.'],
             ['قنوات أخرى', 'أُرسلت نسخة من هذا الطلب عبر القنوات الدبلوماسية (وزارة الخارجية وشؤون المغتربين).'],
             ['المرفقات', 'صورة مصدقة عن قرار مدعي عام عمّان؛ نموذج إشعار الاستلام.']],
            shade_first_col=True, widths=[4.5, 12.5])
    b.p('وتفضلوا بقبول فائق الاحترام والتقدير،', align='r')
    b.p('مدعي عام عمّان\nالقاضي سامر خليل العبّادي\nعمّان في 12/5/2025', align='l')
    b.page_break()
    b.p('نموذج إشعار الاستلام', bold=True, align='c')
    b.table([['رقم الطلب', 'ن ع/ت د/417/2025'], ['تاريخ الاستلام', ''], ['الجهة المستلمة', ''], ['اسم الموظف المختص وتوقيعه', ''], ['الختم الرسمي', '']],
            shade_first_col=True, widths=[6, 11])
    b.p('يُعاد هذا النموذج بعد تعبئته إلى: amman.prosecution@example.jo', align='r')
    b.save(os.path.join(OUT, 'I19_ar_riyadh_jo_ae.docx'))

if __name__ == '__main__':
    for f in sys.argv[1:] or [k for k in dir() if k.startswith('i') and k[1:].isdigit()]:
        globals()[f]()
        print('built', f)
