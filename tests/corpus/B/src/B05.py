# -*- coding: utf-8 -*-
"""B05 -- Geneva Public Prosecutor -> Morocco: demande d'entraide under the EIMP,
1988 Vienna Convention + reciprocity. Footnotes (law text quoted in a
footnote), numbering, confidentiality marking in the header."""
from docxkit import Letter

ID = 'B05_fr_demande_eimp_ch_ma'
PDF = False
TITLE = "Demande d'entraide P/21874/2024"
AUTHOR = 'S. Mottier'


def make():
    L = Letter(font='Arial', size=10.5, lang='fr-CH', author='S. Mottier', date='2025-04-07T08:30:00Z', track=True)
    L.header(['<b>CONFIDENTIEL</b> — voir let. F', 'République et canton de Genève — Pouvoir judiciaire — Ministère public'],
             size=8.5)
    L.footer(['P/21874/2024 — Demande d\'entraide au Royaume du Maroc'], page_numbers=True)
    n = L.numbering('civil')

    L.para('<b>MINISTÈRE PUBLIC</b><br/>Procureure Sandrine MOTTIER<br/>Section des stupéfiants et de la criminalité '
           'organisée<br/>Case postale, 1211 Genève 3<br/>Tél. +41 22 000 33 40 — ministere.public.stup@ge.example.ch',
           size=9.5)
    L.para('Procédure P/21874/2024', size=9.5, bold=True)
    L.para('Aux autorités judiciaires compétentes du Royaume du Maroc<br/>par l\'intermédiaire de l\'Office fédéral de '
           'la justice, Unité Entraide judiciaire, Berne,<br/>et de la voie diplomatique', indent_cm=8)
    L.para('Genève, le 7 avril 2025', align='right')
    L.para('DEMANDE D\'ENTRAIDE JUDICIAIRE EN MATIÈRE PÉNALE', align='center', bold=True, size=13, space_before=10)
    L.para('Madame, Monsieur,', space_before=8)
    L.para('Le Ministère public de la République et canton de Genève conduit une instruction pénale contre M. Yassine '
           'EL GHAZI<fn>Né le 9 juillet 1990 à Tanger, ressortissant marocain, titulaire du passeport marocain '
           'n° UZ0004172 et d\'une autorisation de séjour suisse (permis B), domicilié à Genève, rue des Alpes-Fictives '
           '21 ; détenu à la prison de Champ-Dollon depuis le 3 novembre 2024.</fn> pour infraction grave à la loi '
           'fédérale sur les stupéfiants et blanchiment d\'argent qualifié. Il a l\'honneur de solliciter '
           'l\'assistance des autorités marocaines pour les mesures décrites sous lettre D.', align='both')

    def h(t):
        L.para(t, bold=True, space_before=8, keep_next=True)

    h('A. Bases juridiques')
    L.para('La présente demande est fondée sur l\'article 7 de la Convention des Nations Unies contre le trafic illicite '
           'de stupéfiants et de substances psychotropes, conclue à Vienne le 20 décembre 1988, à laquelle la Suisse et '
           'le Royaume du Maroc sont parties, ainsi que sur les articles 30 et suivants de la loi fédérale sur '
           'l\'entraide internationale en matière pénale (EIMP).', num=n, align='both')
    L.para('Pour autant que de besoin, et conformément à l\'article 8 EIMP, la Suisse s\'engage à donner suite, dans les '
           'mêmes conditions, à une demande analogue émanant des autorités marocaines ; l\'Office fédéral de la justice '
           'confirmera cette garantie de réciprocité lors de la transmission.', num=n, align='both')

    h('B. Exposé des faits')
    L.para('Le 2 novembre 2024, l\'Office fédéral de la douane et de la sécurité des frontières a contrôlé, au poste de '
           'Bardonnex, un camion frigorifique transportant des agrumes en provenance du port de Tanger Med, expédiés par '
           'la société AGRUMES DU NORD SARL, Tanger, à destination d\'un grossiste genevois. Quatorze kilogrammes de '
           'cocaïne (taux de pureté moyen : 81 %) ont été découverts dans un double fond de palette.', num=n, align='both')
    L.para('Le destinataire réel de la marchandise s\'est révélé être M. EL GHAZI, qui a été interpellé le lendemain au '
           'moment où il prenait livraison de la palette dans un entrepôt loué sous un faux nom à Meyrin. L\'analyse de '
           'ses téléphones a mis en évidence des échanges réguliers, depuis mars 2024, avec un correspondant utilisant '
           'le numéro marocain +212 600 00 41 87, à qui il communiquait les dates d\'arrivée des camions.', num=n,
           align='both')
    L.para('Entre avril et octobre 2024, M. EL GHAZI a en outre fait transférer au Maroc, par l\'intermédiaire de deux '
           'sociétés de transfert de fonds genevoises, 212 000 CHF en vingt-six opérations, au bénéfice de quatre '
           'personnes résidant à Tanger. Deux de ces virements, totalisant 68 000 CHF, ont été crédités sur le compte '
           'n° 000 450 0041187 00 ouvert au nom de M. Anouar EL GHAZI, son frère, auprès de la BANQUE ATLANTIQUE DU '
           'DÉTROIT, agence Tanger-Boulevard. Le prévenu déclare que ces fonds provenaient de son salaire de '
           'manutentionnaire, qui n\'excède pas 4 300 CHF par mois.', num=n, align='both')

    h('C. Infractions')
    L.para('Les faits sont qualifiés d\'infraction grave à la loi fédérale sur les stupéfiants (art. 19, al. 1 et 2, '
           'LStup), passible d\'une peine privative de liberté d\'un an au moins, le maximum étant de vingt ans<fn>Art. 19 '
           'LStup : « 1 Est puni d\'une peine privative de liberté de trois ans au plus ou d\'une peine pécuniaire celui '
           'qui, sans droit : […] b. fabrique, extrait, transforme ou prépare des stupéfiants ; c. entrepose, expédie, '
           'transporte, importe, exporte des stupéfiants ou les passe en transit ; d. aliène ou prescrit des stupéfiants, '
           'en procure de toute autre manière à un tiers ou en met dans le commerce ; […] 2 L\'auteur de l\'infraction est '
           'puni d\'une peine privative de liberté d\'un an au moins, qui peut être cumulée avec une peine pécuniaire : '
           'a. s\'il sait ou ne peut ignorer que l\'infraction peut directement ou indirectement mettre en danger la santé '
           'de nombreuses personnes ; […] »</fn>, et de blanchiment d\'argent qualifié (art. 305bis, ch. 1 et 2, du code '
           'pénal), passible d\'une peine privative de liberté de cinq ans au plus, cumulée avec une peine pécuniaire'
           '<fn>Art. 305bis CP : « 1. Celui qui aura commis un acte propre à entraver l\'identification de l\'origine, la '
           'découverte ou la confiscation de valeurs patrimoniales dont il savait ou devait présumer qu\'elles provenaient '
           'd\'un crime ou d\'un délit fiscal qualifié, est puni d\'une peine privative de liberté de trois ans au plus ou '
           'd\'une peine pécuniaire. […] 2. Dans les cas graves, l\'auteur est puni d\'une peine privative de liberté de '
           'cinq ans au plus ou d\'une peine pécuniaire. En cas de peine privative de liberté, une peine pécuniaire est '
           'également prononcée. […] »</fn>.', num=n, align='both')

    h('D. Mesures sollicitées')
    L.para('Le Ministère public prie les autorités marocaines de bien vouloir :', num=n, align='both', keep_next=True)
    L.para('obtenir de la BANQUE ATLANTIQUE DU DÉTROIT les documents d\'ouverture du compte n° 000 450 0041187 00 et '
           'ses relevés du 1er janvier 2024 au 31 mars 2025, ainsi que l\'identité des personnes ayant effectué des '
           'retraits supérieurs à 20 000 dirhams ;', num=n, level=1, align='both')
    L.para('identifier le titulaire et l\'utilisateur du numéro +212 600 00 41 87 et obtenir de l\'opérateur les '
           'données d\'abonnement ainsi que la liste des communications entrantes et sortantes (sans contenu) du '
           '1er mars au 3 novembre 2024 ;', num=n, level=1, align='both')
    L.para('entendre en qualité de témoin le gérant de la société AGRUMES DU NORD SARL, Tanger, sur la préparation et le '
           'chargement de l\'envoi du 31 octobre 2024, les personnes ayant eu accès aux palettes et l\'identité de la '
           'personne ayant commandé cet envoi, et se faire remettre la facture, la lettre de voiture CMR et le '
           'certificat phytosanitaire ;', num=n, level=1, align='both')
    L.para('entendre M. Anouar EL GHAZI sur l\'origine et l\'utilisation des 68 000 CHF reçus, en l\'informant '
           'préalablement, s\'il est entendu comme suspect selon le droit marocain, de ses droits.', num=n, level=1,
           align='both')
    L.para('Ces mesures visent à établir l\'identité des fournisseurs de M. EL GHAZI au Maroc. Le numéro de téléphone '
           'est celui de la personne qui organisait les envois ; l\'audition de l\'exportateur et les documents de '
           'transport doivent montrer qui a fait charger la palette ; les relevés du compte de M. Anouar EL GHAZI '
           'diront si les fonds envoyés depuis Genève rémunéraient les fournisseurs, ce qui est décisif pour le '
           'blanchiment et pour le montant de la créance compensatrice.', num=n, align='both')

    h('E. Modalités d\'exécution')
    L.para('Les auditions seront consignées dans des procès-verbaux signés, reproduisant les questions et les réponses. '
           'Les documents bancaires et commerciaux seront remis en copies certifiées conformes par l\'établissement ou '
           'l\'autorité qui les détient ; les données téléphoniques seront accompagnées d\'une attestation de '
           'l\'opérateur. En droit suisse, ces formes sont nécessaires pour que les pièces puissent être versées au '
           'dossier et soumises au contradictoire devant le Tribunal correctionnel.', num=n, align='both')
    L.para('La procureure soussignée et l\'inspecteur principal Didier FAVRE, de la Brigade des stupéfiants de la police '
           'genevoise, souhaiteraient assister à l\'audition du gérant d\'AGRUMES DU NORD SARL. Ils pourraient lui '
           'présenter les photographies de la palette saisie et suggérer des questions complémentaires à l\'autorité '
           'marocaine qui conduira l\'audition.', num=n, align='both')

    h('F. Confidentialité, urgence, contacts antérieurs')
    L.para('Nous vous prions de traiter la présente demande de manière confidentielle et de ne pas informer les '
           'personnes concernées de son existence avant l\'exécution. L\'expéditeur de la cocaïne n\'est pas encore '
           'identifié ; s\'il apprenait que l\'enquête s\'étend au Maroc, les documents commerciaux et les téléphones '
           'pourraient disparaître.', num=n, align='both')
    L.para('La demande <del>est urgente</del><ins>n\'est pas urgente : la détention de M. EL GHAZI a été prolongée '
           'jusqu\'au 2 novembre 2025 et aucune audience de jugement n\'est encore fixée</ins>.', num=n, align='both')
    L.para('Le 12 novembre 2024, la Police judiciaire genevoise a sollicité, par l\'intermédiaire d\'Interpol (BCN '
           'Berne – BCN Rabat), la vérification de l\'identité du prévenu ; la Direction générale de la sûreté nationale '
           'a confirmé son identité et sa dernière adresse connue à Tanger le 19 novembre 2024. Une copie anticipée de '
           'la présente demande est adressée par la même voie Interpol, pour information.', num=n, align='both')
    L.para('Nous vous remercions de bien vouloir accuser réception de la présente demande.', num=n, align='both')
    L.para('Veuillez agréer, Madame, Monsieur, l\'assurance de notre haute considération.', space_before=8, align='both')
    L.para('Sandrine MOTTIER<br/>Procureure', align='right')
    return L
