# -*- coding: utf-8 -*-
"""B03 -- Senegal, Pool judiciaire financier (juge d'instruction) -> Belgium:
commission rogatoire internationale. Numbering + tracked changes. Distractors:
only the bank's phone number, DOB only in the list of requested data,
'confidentiel' only in an annex title, bare acknowledgement request."""
from docxkit import Letter

ID = 'B03_fr_cri_sn_be'
PDF = False
TITLE = 'Commission rogatoire internationale n° 0047/PJF/CAB2/2025'
AUTHOR = 'Cabinet 2 PJF'


def make():
    L = Letter(font='Times New Roman', size=12, lang='fr-SN', author='Greffier en chef PJF',
               date='2025-01-16T18:05:00Z', track=True)
    L.para('<b>RÉPUBLIQUE DU SÉNÉGAL</b><br/>Un Peuple – Un But – Une Foi<br/>————<br/>MINISTÈRE DE LA JUSTICE<br/>'
           '————<br/>POOL JUDICIAIRE FINANCIER<br/>CABINET DU DEUXIÈME JUGE D\'INSTRUCTION FINANCIER', size=10.5)
    L.para('N° 0047/PJF/CAB2/2025', size=10.5)
    L.para('Dakar, le 17 janvier 2025', align='right')
    L.para('COMMISSION ROGATOIRE INTERNATIONALE', align='center', bold=True, size=14, space_before=12, space_after=12)
    n = L.numbering('civil')

    L.para('Nous, Ousmane Ndiaga FAYE, Juge d\'instruction financier au Pool judiciaire financier de Dakar,',
           align='both')
    L.para('Vu l\'information ouverte contre :<br/>— Aliou Mbacké GUÈYE, ancien Directeur administratif et financier '
           'de l\'Agence nationale de promotion des infrastructures rurales (ANPIR) ;<br/>— Serigne Modou KANE, gérant '
           'de la société SAHEL TRANSIT & LOGISTIQUE SARL ;<br/>— tous autres,<br/>inculpés de détournement de deniers '
           'publics, escroquerie portant sur des deniers publics, blanchiment de capitaux et association de '
           'malfaiteurs ;', align='both')
    L.para('Vu les dispositions du Code de procédure pénale relatives aux commissions rogatoires ;', align='both')
    L.para('Vu la Convention des Nations Unies contre la corruption, adoptée à New York le 31 octobre 2003, '
           'notamment ses articles 46, 54 et 55, à laquelle le Sénégal et le Royaume de Belgique sont parties ;',
           align='both')
    L.para('Attendu que l\'information a révélé que des fonds provenant des faits poursuivis ont été transférés vers '
           'le Royaume de Belgique et y ont été investis ;', align='both')
    L.para('<b>Donnons commission rogatoire</b> à Monsieur le Juge d\'instruction territorialement compétent du Royaume '
           'de Belgique, ou à toute autorité judiciaire belge compétente, aux fins ci-après :', align='both')

    L.para('I. EXPOSÉ SOMMAIRE DES FAITS', bold=True, space_before=8, keep_next=True)
    L.para('L\'ANPIR est un établissement public à caractère administratif chargé de la réalisation de pistes et '
           'd\'ouvrages hydrauliques en milieu rural. Un rapport de l\'Inspection générale d\'État transmis au '
           'Procureur de la République financier le 5 juin 2024 a relevé que, entre 2019 et 2023, l\'agence a réglé à '
           'la société SAHEL TRANSIT & LOGISTIQUE SARL quarante-deux factures de transport de matériaux pour un montant '
           'total de <del>2 300 000 000</del><ins>2 314 750 000</ins> francs CFA, alors qu\'aucun des chantiers '
           'concernés n\'a reçu les matériaux facturés.', num=n, align='both')
    L.para('Les paiements étaient ordonnancés par le Directeur administratif et financier, M. Aliou Mbacké GUÈYE, sur la '
           'base de bons de livraison qu\'il visait lui-même. Le gérant de SAHEL TRANSIT & LOGISTIQUE, M. Serigne Modou '
           'KANE, a reconnu lors de son inculpation le 2 septembre 2024 avoir remis en espèces ou par virement à '
           'M. GUÈYE « la moitié de chaque paiement », déduction faite de sa propre rémunération.', num=n, align='both')
    L.para('Les réquisitions adressées aux banques sénégalaises ont mis en évidence, entre mars 2021 et novembre 2022, '
           'neuf virements internationaux d\'un montant total de 1 126 000 euros émis depuis le compte de SAHEL '
           'TRANSIT & LOGISTIQUE vers un compte ouvert en Belgique auprès de la BANQUE DELVAUX-MARÉCHAL SA, avec pour '
           'libellé « avance acquisition immobilière ». <ins>Le détail de ces virements figure à l\'annexe 3. </ins>',
           num=n, align='both')
    L.para('Selon les déclarations de M. KANE, ces fonds ont servi à l\'acquisition, en octobre 2022, d\'un appartement '
           'situé à Ixelles (Bruxelles), au nom de l\'épouse de M. GUÈYE, Mme Fatou Kiné DIOP, qui réside en '
           'Belgique une partie de l\'année. M. GUÈYE, inculpé le 9 septembre 2024, est placé sous mandat de dépôt ; '
           'il conteste les faits.', num=n, align='both')

    L.para('II. QUALIFICATIONS ET TEXTES APPLICABLES', bold=True, space_before=8, keep_next=True)
    L.para('Détournement de deniers publics (article 152 du Code pénal) : réclusion criminelle de cinq à dix ans, '
           'portée à la réclusion criminelle à perpétuité lorsque le montant détourné dépasse le seuil prévu par la '
           'loi, outre la confiscation.', num=n, align='both')
    L.para('Escroquerie portant sur des deniers publics (article 153 du Code pénal) : mêmes peines que le '
           'détournement.', num=n, align='both')
    L.para('Blanchiment de capitaux (articles 7 et 37 de la loi n° 2018-03 du 23 février 2018 relative à la lutte '
           'contre le blanchiment de capitaux et le financement du terrorisme) : emprisonnement de trois à sept ans et '
           'amende égale au triple de la valeur des biens ou des fonds sur lesquels ont porté les opérations de '
           'blanchiment.', num=n, align='both')
    L.para('Association de malfaiteurs (articles 238 et 239 du Code pénal) : travaux forcés à temps.', num=n,
           align='both')
    L.para('Les textes de ces dispositions sont reproduits à l\'annexe 1.', num=n, align='both')

    L.para('III. ACTES SOLLICITÉS', bold=True, space_before=8, keep_next=True)
    L.para('Nous prions l\'autorité judiciaire belge compétente de bien vouloir :', num=n, align='both', keep_next=True)
    L.para('requérir de la BANQUE DELVAUX-MARÉCHAL SA, avenue des Saisons-Fictives 118, 1050 Bruxelles, tél. '
           '+32 2 000 84 40 (service Conformité), la communication de tous les comptes ouverts ou ayant été ouverts '
           'au nom de M. Aliou Mbacké GUÈYE, né le 14 mars 1971 à Thiès (Sénégal), de nationalité sénégalaise, '
           'titulaire du passeport n° A00417790, de Mme Fatou Kiné DIOP, née le 2 août 1978 à Dakar, ou de la société '
           'SAHEL TRANSIT & LOGISTIQUE SARL, ainsi que, pour la période du 1er janvier 2020 au 31 décembre 2024, des '
           'documents d\'ouverture, des relevés et des pièces justificatives des opérations créditrices et '
           'débitrices ;', num=n, level=1, align='both')
    L.para('obtenir du notaire instrumentant et de l\'Administration générale de la Documentation patrimoniale une copie '
           'de l\'acte d\'acquisition de l\'appartement situé à Ixelles, acquis en octobre 2022 par Mme Fatou Kiné DIOP, '
           'l\'indication du prix, du mode de paiement et de l\'origine déclarée des fonds ;', num=n, level=1,
           align='both')
    L.para('procéder, en application de l\'article 54, paragraphe 2, de la Convention susvisée, à la saisie '
           'conservatoire de cet immeuble et des avoirs inscrits sur les comptes identifiés, en exécution de notre '
           'ordonnance de saisie du 15 janvier 2025 jointe en annexe 2, <del>et à leur confiscation</del>'
           'en vue de leur confiscation ultérieure ;', num=n, level=1, align='both')
    L.para('entendre Mme Fatou Kiné DIOP, en qualité de témoin, sur les conditions de l\'acquisition de l\'appartement, '
           'l\'origine des fonds et ses relations avec la société SAHEL TRANSIT & LOGISTIQUE.', num=n, level=1,
           align='both')
    L.para('Ces actes doivent permettre d\'établir que les fonds versés à SAHEL TRANSIT & LOGISTIQUE par l\'ANPIR sont '
           'bien ceux qui ont été transférés en Belgique et investis dans l\'appartement d\'Ixelles, ce qui constitue '
           'l\'élément matériel du blanchiment reproché à M. GUÈYE. Les relevés bancaires permettront de rapprocher '
           'chacun des neuf virements des paiements de l\'ANPIR ; l\'acte notarié et l\'audition de Mme DIOP établiront '
           'qui a financé l\'acquisition ; la saisie préservera les biens susceptibles de confiscation au profit de '
           'l\'État du Sénégal.', num=n, align='both')

    L.para('IV. MODALITÉS D\'EXÉCUTION', bold=True, space_before=8, keep_next=True)
    L.para('Les documents bancaires et notariés seront transmis en copies certifiées conformes. L\'audition de Mme DIOP '
           'sera consignée dans un procès-verbal signé par elle. Nous vous saurions gré de nous faire parvenir '
           'l\'ensemble des pièces d\'exécution par la même voie que la présente.', num=n, align='both')
    L.para('La présente commission rogatoire est transmise par la voie diplomatique, sous le couvert du Ministère de la '
           'Justice et du Ministère de l\'Intégration africaine et des Affaires étrangères. Une copie anticipée en est '
           'adressée par courriel au Service public fédéral Justice (Service de la coopération internationale pénale).',
           num=n, align='both')
    L.para('Compte tenu de l\'urgence qui s\'attache à la présente procédure, nous vous saurions gré de bien vouloir en '
           'assurer l\'exécution dans les meilleurs délais et de nous en accuser réception.', num=n, align='both')

    L.para('Fait en notre cabinet, à Dakar, les jour, mois et an que dessus.', align='both', space_before=8)
    L.para('Le Juge d\'instruction financier<br/><br/>Ousmane Ndiaga FAYE<br/>[signature et sceau]', align='right')
    L.para('Pool judiciaire financier — Cabinet du 2e juge d\'instruction financier — Dakar (Sénégal)', size=9,
           italic=True, align='right')

    L.para('<b>Pièces jointes :</b>', space_before=10)
    L.para('Annexe 1 : extraits du Code pénal et de la loi n° 2018-03 du 23 février 2018<br/>'
           'Annexe 2 : ordonnance de saisie conservatoire du 15 janvier 2025<br/>'
           'Annexe 3 : tableau des virements litigieux vers la Belgique (document confidentiel)<br/>'
           'Annexe 4 : procès-verbal d\'audition de M. Serigne Modou KANE du 2 septembre 2024 (extraits)', size=10.5)
    return L
