# -*- coding: utf-8 -*-
"""B01 -- Belgian investigating judge -> Luxembourg: EIO Annex A (French), with
plain-text and check-box content controls and Annex B (acknowledgement)."""
from docxkit import Letter

ID = 'B01_fr_dee_annexe_a_be_lu'
PDF = True
TITLE = "Décision d'enquête européenne - Instruction 2024/0117"
AUTHOR = 'Greffe JI 21'

X, O = '<cb tag="x" on/>', '<cb tag="o"/>'


def v(tag, text):
    return '<sdt tag="%s" alias="%s">%s</sdt>' % (tag, tag, text)


BLANK = '<sdt tag="blank" alias="À compléter" placeholder>……………………………</sdt>'


def make():
    L = Letter(font='Arial', size=10, lang='fr-BE', author='A. Thiry', date='2025-03-10T10:12:00Z')
    L.header(['Tribunal de première instance francophone de Bruxelles — Cabinet d\'instruction 21',
              'Instruction n° 2024/0117 — Notice BR.20.F1.004512/24'], size=8)
    L.footer(['DEE — Annexe A (directive 2014/41/UE)'], page_numbers=True)

    # ---- transmittal note
    L.para('<b>Sophie HAUTECLAIR</b><br/>Juge d\'instruction<br/>Palais de Justice, place Poelaert, 1000 Bruxelles<br/>'
           'Tél. +32 2 000 71 21 — ji.hauteclair@just.example.be', size=9)
    L.para('Bruxelles, le 10 mars 2025', align='right')
    L.para('À Monsieur le Procureur d\'État<br/>près le tribunal d\'arrondissement de Luxembourg<br/>'
           'Cité judiciaire, L-2080 Luxembourg')
    L.para('<b>Objet : décision d\'enquête européenne — comptes de paiement QUORVANE DIGITAL SARL</b>')
    L.para('Monsieur le Procureur d\'État,', space_before=6)
    L.para('J\'ai l\'honneur de vous adresser la décision d\'enquête européenne ci-après, émise en application de la '
           'directive 2014/41/UE du Parlement européen et du Conseil du 3 avril 2014 concernant la décision d\'enquête '
           'européenne en matière pénale et de la loi belge du 22 mai 2017 relative à la décision d\'enquête européenne '
           'en matière pénale. Je vous saurais gré de bien vouloir me retourner l\'accusé de réception joint '
           '(annexe B) dès l\'enregistrement de la décision.', align='both')
    L.para('Veuillez agréer, Monsieur le Procureur d\'État, l\'expression de ma considération distinguée.', align='both')
    L.para('S. Hauteclair', align='right', italic=True)
    L.page_break()

    # ---- Annex A
    L.para('ANNEXE A', align='center', bold=True, size=11)
    L.para('DÉCISION D\'ENQUÊTE EUROPÉENNE (DEE)', align='center', bold=True, size=12)
    L.para('La présente DEE a été émise par une autorité compétente. L\'autorité d\'émission certifie que l\'émission '
           'de la présente DEE est nécessaire et proportionnée aux fins des procédures qui y sont précisées, compte '
           'tenu des droits du suspect ou de la personne poursuivie, et que les mesures d\'enquête demandées auraient '
           'pu être ordonnées dans les mêmes conditions dans le cadre d\'une procédure nationale similaire. Je demande '
           'que la ou les mesures d\'enquête précisées ci-après soient exécutées en tenant dûment compte de la '
           'confidentialité de l\'enquête et que les éléments de preuve obtenus à la suite de l\'exécution de la DEE '
           'soient transférés.', align='both', size=9)

    def sec(title):
        L.para(title, bold=True, space_before=8, keep_next=True, shade='D9D9D9')

    sec('SECTION A')
    L.table([
        ['État d\'émission :', v('etat_emission', 'Belgique')],
        ['État d\'exécution :', v('etat_execution', 'Grand-Duché de Luxembourg')],
        ['Autorité d\'exécution (si elle est connue) :',
         v('autorite_execution', 'Procureur d\'État près le tribunal d\'arrondissement de Luxembourg')],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION B : URGENCE')
    L.table([
        ['Veuillez indiquer s\'il y a urgence en raison de :',
         [O + ' la dissimulation ou la destruction d\'éléments de preuve',
          O + ' une date de procès prévue',
          X + ' toute autre raison']],
        ['Veuillez préciser ci-dessous :',
         v('urgence_motif', 'Les deux comptes de paiement visés à la section C sont toujours actifs. Selon la '
           'Cellule de traitement des informations financières, des fonds versés par des victimes belges y ont encore '
           'été crédités le 20 février 2025 puis réexpédiés dans les 48 heures vers des plateformes d\'échange de '
           'cryptoactifs.')],
        ['Les délais d\'exécution de la DEE sont fixés par la directive 2014/41/UE. Toutefois, si un délai plus court '
         'ou spécifique est nécessaire, veuillez indiquer la date et en préciser la raison :',
         v('delai', 'Exécution souhaitée au plus tard le 30 avril 2025. La chambre du conseil statuera le 12 mai 2025 '
           'sur le maintien de la détention préventive de M. BASTAERTS (section E) ; les relevés sont nécessaires '
           'pour l\'interrogatoire qui doit précéder cette audience.')],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION C : MESURE(S) D\'ENQUÊTE À EXÉCUTER')
    L.table([
        ['1. Décrivez l\'assistance/la ou les mesures d\'enquête demandée(s) ET indiquez, le cas échéant, s\'il '
         's\'agit de l\'une des mesures d\'enquête suivantes :',
         [O + ' obtenir des informations ou des éléments de preuve qui sont déjà en possession de l\'autorité d\'exécution',
          O + ' obtenir des informations contenues dans les bases de données de la police ou des autorités judiciaires',
          O + ' audition : ' + O + ' témoin ' + O + ' expert ' + O + ' suspect ou personne poursuivie ' + O + ' victime ' + O + ' tiers',
          X + ' identification de personnes titulaires d\'un abonnement à un numéro de téléphone ou d\'une adresse IP',
          O + ' transfèrement temporaire ' + O + ' vers l\'État d\'émission ' + O + ' vers l\'État d\'exécution',
          O + ' audition par vidéoconférence ou autre moyen de transmission audiovisuelle',
          O + ' audition par téléconférence',
          X + ' informations sur les comptes bancaires et autres comptes financiers',
          X + ' informations sur les opérations bancaires et autres opérations financières',
          O + ' mesure d\'enquête impliquant l\'obtention de preuves en temps réel, de manière continue et au cours d\'une période déterminée',
          O + ' enquête discrète',
          O + ' interception de télécommunications',
          O + ' mesure(s) provisoire(s) visant à empêcher la destruction, la transformation, le déplacement, le transfert ou l\'aliénation d\'un élément pouvant servir de preuve']],
        ['Description :',
         [v('mesure_1', '(1) Auprès de MONELYS PAYMENTS S.A., établissement de paiement, 12, rue de la Fonderie-Neuve, '
            'L-1499 Luxembourg : (a) les documents d\'ouverture et de connaissance du client (KYC) des comptes de paiement '
            'LU00 0000 0000 4417 2093 et LU00 0000 0000 4417 2108, ouverts au nom de QUORVANE DIGITAL SARL ; '
            '(b) les relevés de ces comptes du 1er janvier 2023 au 28 février 2025, en format électronique natif '
            '(CSV ou XLSX) ; (c) pour chaque opération supérieure à 1.000 EUR, l\'identité du donneur d\'ordre ou du '
            'bénéficiaire et les références complètes de la contrepartie ; (d) les journaux de connexion à l\'interface '
            'de banque en ligne (adresse IP, date, heure avec fuseau horaire) pour la même période ; (e) l\'identité des '
            'mandataires et des bénéficiaires effectifs déclarés.'),
          v('mesure_2', '(2) Auprès du Registre de commerce et des sociétés et du Registre des bénéficiaires effectifs : '
            'les gérants, associés et bénéficiaires effectifs successifs de QUORVANE DIGITAL SARL (RCS Luxembourg '
            'B 999431) depuis sa constitution.'),
          v('mesure_3', '(3) Auprès du fournisseur d\'accès luxembourgeois à identifier par vos services : '
            'l\'identité de l\'abonné auquel était attribuée l\'adresse IP 203.0.113.47 le 14 novembre 2024 à 21:17:05 '
            'UTC, adresse utilisée pour ouvrir le compte LU00 0000 0000 4417 2108.')]],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION D : RELATION AVEC UNE PRÉCÉDENTE DEE')
    L.table([
        ['Indiquez si la présente DEE complète une DEE antérieure :',
         [O + ' la présente DEE complète une DEE antérieure', X + ' sans objet : aucune DEE antérieure n\'a été émise dans ce dossier']],
        ['Si c\'est pertinent, veuillez indiquer si une DEE a été adressée à un autre État membre dans la même affaire :',
         v('autre_etat', 'Non. Aucune DEE ni demande d\'entraide n\'a été adressée à un autre État membre.')],
        ['Informations complémentaires (contacts préalables, autres canaux) :',
         [v('contacts', 'Le 6 février 2025, l\'inspecteur principal Marc DEWINTER (PJF Bruxelles) s\'est entretenu '
            'par téléphone avec le commissaire Yann KOENIG, Service de police judiciaire, section criminalité '
            'économique et financière, Luxembourg, qui a confirmé que MONELYS PAYMENTS S.A. est un établissement agréé '
            'et que la mesure devait faire l\'objet d\'une DEE adressée au procureur d\'État.'),
          v('canaux', 'La présente DEE vous est transmise directement, par courriel et par courrier recommandé ; '
            'aucune copie n\'a été adressée par l\'intermédiaire d\'Eurojust, d\'Europol ou d\'Interpol.')]],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION E : IDENTITÉ DE LA PERSONNE CONCERNÉE')
    L.table([
        ['1. Personne physique — Nom :', v('nom', 'BASTAERTS')],
        ['Prénom(s) :', v('prenom', 'Lionel Marc')],
        ['Autre(s) nom(s) utile(s) :', v('alias', '« Leo BAST » (pseudonyme utilisé sur les messageries)')],
        ['Sexe :', v('sexe', 'M')],
        ['Nationalité :', v('nationalite', 'belge')],
        ['Numéro d\'identification ou numéro de sécurité sociale :', v('nid', 'registre national 87.02.03-000.00 ; carte d\'identité n° 592-0000000-41')],
        ['Date de naissance :', v('ddn', '3 février 1987')],
        ['Lieu de naissance :', v('ldn', 'Charleroi (Belgique)')],
        ['Résidence et/ou adresse connue :', v('adresse', 'actuellement détenu à la prison de Haren ; dernier domicile : avenue fictive des Glycines 44, 1180 Uccle')],
        ['Langue(s) comprise(s) :', v('langues', 'français, néerlandais')],
        ['2. Personne morale — Nom :', v('pm', 'QUORVANE DIGITAL SARL, RCS Luxembourg B 999431, siège : 3, place du Marché-Vieux, L-1356 Luxembourg (domiciliation)')],
        ['3. Statut de la personne concernée :', [X + ' suspect ou personne poursuivie', O + ' victime', O + ' témoin', O + ' expert', O + ' tiers', O + ' autre']],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION F : TYPE DE PROCÉDURE POUR LAQUELLE LA DEE EST ÉMISE')
    L.table([
        ['', [O + ' a) procédure pénale engagée par une autorité judiciaire ou pouvant être engagée devant une juridiction compétente en matière pénale',
              X + ' b) procédure pénale (instruction judiciaire ouverte le 9 septembre 2024)',
              O + ' c) procédure engagée par des autorités administratives',
              O + ' d) procédure engagée par des autorités judiciaires pour des faits punissables au titre du droit national de l\'État d\'émission']],
    ], widths_cm=(1, 15))

    sec('SECTION G : MOTIFS DE L\'ÉMISSION DE LA DEE')
    L.table([
        ['1. Résumé des faits :',
         v('faits', 'Entre mars 2023 et février 2025, au moins 37 particuliers domiciliés en Belgique ont été démarchés '
           'par téléphone et sur des réseaux sociaux par de prétendus « conseillers » de la plateforme « Quorvane '
           'Invest », présentée comme un service de placement en cryptoactifs. Mis en confiance par un tableau de bord '
           'en ligne affichant des gains fictifs, ils ont effectué des virements pour un total de 1.486.300 EUR. '
           'Les virements ont été dirigés vers les comptes LU00 0000 0000 4417 2093 et LU00 0000 0000 4417 2108 '
           'ouverts chez MONELYS PAYMENTS S.A. au nom de QUORVANE DIGITAL SARL, puis réexpédiés vers des plateformes '
           'd\'échange. Aucun retrait n\'a jamais été possible pour les victimes. L\'exploitation du téléphone saisi '
           'sur M. Lionel BASTAERTS lors de son arrestation le 27 janvier 2025 révèle qu\'il recrutait et rémunérait '
           'les « conseillers » et qu\'il détenait les codes d\'accès aux deux comptes. Il est inculpé et placé sous '
           'mandat d\'arrêt.')],
        ['Nature et qualification juridique de la ou des infractions et disposition légale/code applicable :',
         v('qualif', 'Escroquerie (art. 496 du Code pénal) : emprisonnement d\'un mois à cinq ans et amende de 26 à '
           '3.000 euros. Blanchiment (art. 505, alinéa 1er, 2° à 4°, du Code pénal) : emprisonnement de quinze jours '
           'à cinq ans et amende de 26 à 100.000 euros. Participation aux activités d\'une organisation criminelle '
           '(art. 324ter du Code pénal).')],
        ['Texte des dispositions légales applicables :', v('textes', 'non joint')],
        ['2. L\'infraction visée par la DEE est punissable dans l\'État d\'émission d\'une peine privative de liberté '
         'ou d\'une mesure de sûreté privative de liberté d\'un maximum d\'au moins trois ans et fait partie de la '
         'liste d\'infractions ci-dessous (annexe D) :',
         [X + ' participation à une organisation criminelle', X + ' escroquerie', X + ' blanchiment du produit du crime',
          O + ' cybercriminalité', O + ' autre(s)']],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION H : EXIGENCES SUPPLÉMENTAIRES POUR CERTAINES MESURES')
    L.table([
        ['H3 — Informations sur les comptes bancaires et autres comptes financiers',
         [X + ' sur les comptes bancaires dont la personne est titulaire ou mandataire',
          X + ' raisons pour lesquelles les informations demandées sont susceptibles d\'être déterminantes aux fins de la procédure pénale :',
          v('h3_pertinence', 'Les relevés permettront d\'établir, virement par virement, le lien entre chaque victime '
            'identifiée et les comptes de QUORVANE DIGITAL SARL, de chiffrer le préjudice et de suivre les fonds vers '
            'les plateformes d\'échange ; les documents KYC et la liste des mandataires doivent montrer qui a ouvert '
            'et piloté les comptes, notamment si M. BASTAERTS ou ses proches y apparaissent. Les extraits du RCS et du '
            'RBE (mesure 2) permettront de vérifier qui, formellement, dirige la société titulaire et si des prête-noms '
            'ont été utilisés.'),
          X + ' raisons pour lesquelles vous considérez que des banques de l\'État d\'exécution détiennent le compte :',
          v('h3_localisation', 'Les ordres de virement des victimes, saisis en Belgique, mentionnent les deux IBAN '
            'luxembourgeois et le BIC de MONELYS PAYMENTS S.A.')]],
        ['H4 — Informations sur les opérations bancaires et autres opérations financières',
         [v('h4', 'Période : du 1er janvier 2023 au 28 février 2025. Comptes : les deux comptes mentionnés à la section C.'),
          v('h4_ip', 'Identification IP (mesure 3) : l\'adresse a servi à l\'ouverture du second compte ; l\'abonné '
            'est vraisemblablement la personne qui a fourni les pièces d\'identité utilisées, ce qui permettra '
            'd\'identifier un coauteur.')]],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION I : FORMALITÉS ET PROCÉDURES DEMANDÉES POUR L\'EXÉCUTION')
    L.table([
        ['1.', [X + ' Il est demandé que l\'autorité d\'exécution respecte les formalités et procédures suivantes :',
                v('formalites', '(a) remise des relevés et journaux dans leur format électronique natif, accompagnés '
                  'd\'une attestation signée par un responsable habilité de l\'établissement certifiant qu\'ils sont '
                  'complets et conformes aux données enregistrées ; (b) calcul d\'une empreinte SHA-256 des fichiers '
                  'remis, consignée au procès-verbal de remise, afin que l\'intégrité des données puisse être vérifiée '
                  'devant la juridiction de jugement ; (c) conformément à l\'article 19 de la directive, injonction à '
                  'l\'établissement de ne pas informer ses clients ni des tiers de l\'existence de la présente DEE. '
                  'Les comptes sont encore en activité ; une fuite entraînerait le virement immédiat des soldes et la '
                  'fermeture des interfaces utilisées par les coauteurs encore non identifiés. Si cette '
                  'confidentialité ne pouvait être garantie, je vous saurais gré de m\'en informer avant toute '
                  'exécution.')]],
        ['2.', [X + ' Il est demandé qu\'une ou plusieurs autorités de l\'État d\'émission assistent à l\'exécution de '
                'la DEE en appui des autorités compétentes de l\'État d\'exécution :',
                v('assistance_be', 'l\'inspecteur principal Marc DEWINTER et l\'inspectrice Nadia EL OUAZZANI, Police '
                  'judiciaire fédérale de Bruxelles, section ECOFIN. Ils conduisent l\'analyse financière du dossier '
                  'et pourront désigner sur place, parmi un volume important d\'opérations, celles qui concernent les '
                  '37 victimes recensées, ce qui évitera des demandes complémentaires.')]],
    ], widths_cm=(1, 15))

    sec('SECTION J : VOIES DE RECOURS')
    L.table([
        ['', v('recours', 'Aucun recours n\'a été introduit à ce jour contre l\'émission de la présente DEE. Les '
               'personnes concernées disposent en droit belge des recours prévus aux articles 61quater et 136 du Code '
               'd\'instruction criminelle.')],
    ], widths_cm=(1, 15))

    sec('SECTION K : COORDONNÉES DE L\'AUTORITÉ QUI A ÉMIS LA DEE')
    L.table([
        ['Type d\'autorité :', [X + ' juge, juridiction ou juge d\'instruction', O + ' procureur', O + ' autre autorité compétente']],
        ['Nom de l\'autorité :', v('k_nom', 'Juge d\'instruction au tribunal de première instance francophone de Bruxelles')],
        ['Nom du représentant / point de contact :', v('k_rep', 'Sophie HAUTECLAIR, juge d\'instruction (cabinet 21)')],
        ['Numéro de dossier :', v('k_dossier', 'Instruction n° 2024/0117 — Notice BR.20.F1.004512/24')],
        ['Adresse :', v('k_adresse', 'Palais de Justice, place Poelaert, 1000 Bruxelles, Belgique')],
        ['Tél. (indicatif) :', v('k_tel', '+32 2 000 71 21')],
        ['Courriel :', v('k_mail', 'ji.hauteclair@just.example.be')],
        ['Langues dans lesquelles il est possible de communiquer avec l\'autorité d\'émission :', v('k_langues', 'français, néerlandais, anglais')],
        ['Coordonnées de la personne à contacter pour les aspects pratiques :', v('k_pratique', 'Mme Annick THIRY, greffière — tél. +32 2 000 71 22 — greffe.ji21@just.example.be')],
    ], widths_cm=(6.5, 9.5))

    sec('SECTION L : COORDONNÉES DE L\'AUTORITÉ JUDICIAIRE QUI A VALIDÉ LA DEE')
    L.table([['', v('validation', 'Sans objet : DEE émise par un juge d\'instruction.')]], widths_cm=(1, 15))

    sec('SECTION M : SIGNATURE DE L\'AUTORITÉ D\'ÉMISSION ET/OU DE SON REPRÉSENTANT CERTIFIANT L\'EXACTITUDE ET LE CARACTÈRE CORRECT DU CONTENU DE LA DEE')
    L.table([
        ['Nom :', v('m_nom', 'Sophie HAUTECLAIR')],
        ['Fonction :', v('m_fonction', 'Juge d\'instruction')],
        ['Date :', v('m_date', '10 mars 2025')],
        ['Cachet officiel (le cas échéant) :', '[cachet]'],
    ], widths_cm=(6.5, 9.5))

    # ---- Annex B
    L.page_break()
    L.para('ANNEXE B', align='center', bold=True, size=11)
    L.para('ACCUSÉ DE RÉCEPTION D\'UNE DÉCISION D\'ENQUÊTE EUROPÉENNE', align='center', bold=True, size=12)
    L.para('Ce formulaire doit être rempli par l\'autorité de l\'État d\'exécution qui a reçu la DEE visée ci-après et '
           'renvoyé à l\'autorité d\'émission : ji.hauteclair@just.example.be — Palais de Justice, place Poelaert, '
           '1000 Bruxelles.', align='both', size=9)
    sec('A) LA DEE CONCERNÉE')
    L.table([
        ['Autorité qui a émis la DEE :', 'Juge d\'instruction S. HAUTECLAIR, tribunal de première instance francophone de Bruxelles'],
        ['Numéro de dossier :', 'Instruction n° 2024/0117'],
        ['Date d\'émission :', '10 mars 2025'],
        ['Date de réception :', BLANK],
    ], widths_cm=(6.5, 9.5))
    sec('B) AUTORITÉ QUI A REÇU LA DEE')
    L.table([
        ['Nom officiel de l\'autorité compétente :', BLANK],
        ['Nom de son représentant :', BLANK],
        ['Fonction (titre/grade) :', BLANK],
        ['Adresse :', BLANK],
        ['Tél. / courriel :', BLANK],
        ['Numéro de dossier :', BLANK],
        ['Langues dans lesquelles il est possible de communiquer avec l\'autorité :', BLANK],
    ], widths_cm=(6.5, 9.5))
    sec('C) (LE CAS ÉCHÉANT) AUTORITÉ COMPÉTENTE À LAQUELLE LA DEE A ÉTÉ TRANSMISE')
    L.table([
        ['Nom officiel de l\'autorité :', BLANK],
        ['Adresse / tél. / courriel :', BLANK],
        ['Date de transmission :', BLANK],
    ], widths_cm=(6.5, 9.5))
    sec('D) TOUTE AUTRE INFORMATION UTILE')
    L.table([['', BLANK]], widths_cm=(1, 15))
    sec('E) SIGNATURE ET DATE')
    L.table([['Signature :', BLANK], ['Date :', BLANK], ['Cachet officiel (le cas échéant) :', BLANK]], widths_cm=(6.5, 9.5))
    return L
