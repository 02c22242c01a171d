# -*- coding: utf-8 -*-
"""B02 -- French investigating judge (Paris, pôle financier) -> Geneva: demande
d'entraide / commission rogatoire internationale. Automatic numbering, real
footnotes, tracked changes, header/footer, acknowledgement form. COMPLETE."""
from docxkit import Letter

ID = 'B02_fr_demande_entraide_fr_ch'
PDF = True
TITLE = "Demande d'entraide judiciaire - JIFIN 23000041"
AUTHOR = 'H. Roquebrune'

BLANK = '<sdt tag="ar" alias="Accusé de réception" placeholder>……………………………………</sdt>'


def make():
    L = Letter(font='Times New Roman', size=11.5, lang='fr-FR', author='C. Desroches-Lafarge',
               date='2025-02-24T16:40:00Z', track=True)
    L.header(['TRIBUNAL JUDICIAIRE DE PARIS — Pôle économique et financier',
              'Cabinet de Mme Claire DESROCHES-LAFARGE, première vice-présidente chargée de l\'instruction',
              'N° Parquet : 23 258 000 871 — N° Instruction : JIFIN 23000041'], size=8.5)
    L.footer(['Demande d\'entraide judiciaire internationale — Information JIFIN 23000041'], page_numbers=True)
    n = L.numbering('civil')

    L.para('<b>Monsieur le Procureur général</b><br/>Ministère public de la République et canton de Genève<br/>'
           'Case postale<br/>1211 Genève 3 — SUISSE', indent_cm=9)
    L.para('Copie pour information : Office fédéral de la justice, Unité Entraide judiciaire, 3003 Berne', indent_cm=9,
           size=9, italic=True)
    L.para('DEMANDE D\'ENTRAIDE JUDICIAIRE INTERNATIONALE EN MATIÈRE PÉNALE', align='center', bold=True,
           space_before=12, size=13)
    L.para('(commission rogatoire internationale)', align='center', italic=True, space_after=12)

    L.para('Nous, Claire DESROCHES-LAFARGE, première vice-présidente chargée de l\'instruction au tribunal judiciaire '
           'de Paris,', align='both')
    for v in [
        'Vu l\'information judiciaire suivie en notre cabinet sous le numéro JIFIN 23000041, ouverte le 14 septembre '
        '2023 sur réquisitoire du procureur de la République financier, contre Monsieur Thibault MARCHAIS'
        '<fn>M. Thibault Henri MARCHAIS, né le 11 juin 1968 à Nantes (Loire-Atlantique), de nationalité française, '
        'titulaire du passeport n° 19AB00000 délivré le 4 mars 2019 par la préfecture de police de Paris, demeurant '
        '8, rue des Tilleuls-Fictifs, 75016 Paris ; mis en examen le 3 octobre 2024 et placé sous contrôle judiciaire.'
        '</fn>, mis en examen, et tous autres, des chefs de corruption active d\'agent public étranger, d\'abus de biens '
        'sociaux et de blanchiment aggravé ;',
        'Vu les articles 81, 151 et 694 à 694-4 du code de procédure pénale ;',
        'Vu la Convention européenne d\'entraide judiciaire en matière pénale du 20 avril 1959 ;',
        'Vu l\'Accord entre le Gouvernement de la République française et le Conseil fédéral suisse en vue de compléter '
        'la Convention européenne d\'entraide judiciaire en matière pénale du 20 avril 1959, conclu à Berne le '
        '28 octobre 1996<fn>Entré en vigueur le 1er mai 2000. L\'Accord permet la transmission directe des demandes '
        'entre autorités judiciaires ; la présente demande vous est donc adressée directement.</fn> ;',
        'Vu la Convention des Nations Unies contre la corruption du 31 octobre 2003, notamment son article 46, et la '
        'Convention de l\'OCDE sur la lutte contre la corruption d\'agents publics étrangers dans les transactions '
        'commerciales internationales du 17 décembre 1997, notamment son article 9 ;']:
        L.para(v, align='both', indent_cm=1)
    L.para('Avons l\'honneur de solliciter des autorités judiciaires de la Confédération suisse l\'exécution des actes '
           'décrits au titre V ci-dessous, qui tendent, en substance, à obtenir la documentation d\'une relation '
           'bancaire genevoise et l\'audition de l\'administrateur de la société titulaire.', align='both')

    def h(t):
        L.para(t, bold=True, space_before=10, keep_next=True)

    h('I. AUTORITÉ REQUÉRANTE ET CONTACTS')
    L.para('La présente demande émane du juge d\'instruction soussigné, qui dirige l\'information. Cabinet : tribunal '
           'judiciaire de Paris, Parvis du Tribunal de Paris, 75859 Paris Cedex 17 ; téléphone du cabinet : '
           '+33 1 99 00 41 27 ; greffière : Mme Hélène ROQUEBRUNE, +33 1 99 00 41 28 ; courriel : '
           'ji-fin.desroches@justice.example.fr. Les investigations sont confiées à l\'Office central de lutte contre la '
           'corruption et les infractions financières et fiscales (OCLCIFF), Nanterre, commandant de police Julien '
           'ABADIE, +33 1 99 00 52 10, julien.abadie@interieur.example.fr.', num=n, align='both')
    L.para('Il n\'a été pris, à ce jour, ni par notre cabinet ni par les enquêteurs de l\'OCLCIFF, aucun contact avec '
           'les autorités suisses au sujet des faits exposés ci-dessous.', num=n, align='both')
    L.para('Copie de la présente est adressée pour information à l\'Office fédéral de la justice. Elle n\'a été '
           'transmise par aucune autre voie : ni Interpol ni Eurojust n\'ont été saisis.', num=n, align='both')

    h('II. URGENCE ET CONFIDENTIALITÉ')
    L.para('<del>URGENT — La présente demande revêt un caractère d\'urgence en raison des délais de détention. </del>'
           '<ins>La présente demande ne présente pas de caractère d\'urgence particulier : aucune personne n\'est '
           'détenue dans la procédure et la prescription de l\'action publique n\'est pas menacée. </ins>'
           'Nous vous serions néanmoins obligée de nous faire connaître le délai prévisible d\'exécution.',
           num=n, align='both')
    L.para('Nous sollicitons que l\'exécution demeure confidentielle à l\'égard de la société titulaire de la relation '
           'bancaire et de ses ayants droit économiques jusqu\'à la remise des pièces et, à cette fin, qu\'il soit '
           'fait interdiction à la banque et à la fiduciaire d\'informer leur cliente, dans les limites permises par '
           'le droit suisse. M. MARCHAIS ignore à ce jour que les enquêteurs ont identifié la relation genevoise ; '
           'une information prématurée permettrait aux intéressés de déplacer les avoirs et d\'accorder leurs '
           'déclarations. Nous n\'ignorons pas que les ayants droit disposent, en droit suisse, de la qualité de '
           'partie à la procédure d\'entraide (art. 80b de la loi fédérale sur l\'entraide internationale en matière '
           'pénale, EIMP) ; si la confidentialité ne pouvait être préservée, nous vous prions de nous en aviser '
           'avant toute exécution, afin que nous puissions décider du maintien de la demande.', num=n, align='both')

    h('III. EXPOSÉ DES FAITS')
    L.para('La société ALDÉRANE INGÉNIERIE SAS (RCS Paris 812 000 417), dont le siège est à Paris, conçoit et vend des '
           'équipements de manutention portuaire. M. Thibault MARCHAIS en a été le directeur général délégué chargé '
           'de l\'export de janvier 2017 à juin 2023.', num=n, align='both')
    L.para('Le 12 avril 2023, le service de conformité d\'ALDÉRANE a signalé au parquet national financier des '
           'paiements qualifiés de « commissions », d\'un montant total de 4 870 000 euros, versés entre mars 2019 et '
           'novembre 2022 à la société KESTREL MARITIME ADVISORY SA<fn>Société anonyme de droit suisse, IDE '
           'CHE-999.412.307, inscrite au registre du commerce du canton de Genève, domiciliée c/o FIDUCIAIRE PERRIARD & '
           'ASSOCIÉS SA, Genève.</fn> (ci-après « KESTREL »), en exécution d\'un « contrat d\'assistance commerciale » '
           'du 2 février 2019. Ce contrat, signé pour ALDÉRANE par M. MARCHAIS seul, portait sur l\'obtention d\'un '
           'marché de fourniture de six grues portiques pour le terminal à conteneurs d\'un port d\'Afrique de '
           'l\'Ouest, attribué à ALDÉRANE le 18 décembre 2019 pour 61 millions d\'euros<fn>L\'identité de l\'État '
           'concerné et de l\'agent public soupçonné figure à l\'annexe 2 (note de synthèse de l\'OCLCIFF du '
           '9 janvier 2025). Ces éléments ne sont pas reproduits dans le corps de la demande, une enquête étant '
           'également ouverte dans cet État.</fn>.', num=n, align='both')
    L.para('Les investigations ont établi que KESTREL n\'employait aucun salarié, n\'avait d\'autre adresse que celle '
           'de sa fiduciaire et avait pour administrateur unique M. Laurent PERRIARD, associé de la FIDUCIAIRE '
           'PERRIARD & ASSOCIÉS SA. Les factures adressées à ALDÉRANE ne décrivent aucune prestation identifiable. '
           'Les relevés bancaires d\'ALDÉRANE montrent que les 4 870 000 euros ont été crédités, en onze virements, '
           'sur le compte n° 0000-481227.01 ouvert au nom de KESTREL auprès de la BANQUE PRIVÉE LÉMANIQUE SA, Genève.',
           num=n, align='both')
    L.para('Le compte personnel de M. MARCHAIS ouvert en France a été crédité, les 7 mai et 22 septembre 2021, de deux '
           'virements de 150 000 euros chacun émis depuis la Suisse, le donneur d\'ordre étant désigné comme '
           '« KMA SA ». Par ailleurs, un courriel retrouvé sur le serveur d\'ALDÉRANE, adressé le 3 décembre 2019 par '
           'M. MARCHAIS à M. Victor ANSELME-BRUN, consultant présenté comme l\'animateur de KESTREL, indique : '
           '« la part du directeur des équipements est calée, tu fais le nécessaire dès le premier acompte ».',
           num=n, align='both')
    L.para('Entendu le 3 octobre 2024, M. MARCHAIS a été mis en examen. Il soutient que KESTREL a fourni de réelles '
           'prestations d\'intermédiation par l\'intermédiaire de M. ANSELME-BRUN et conteste toute rétrocession ; il '
           'explique les deux virements de 2021 par le remboursement d\'un prêt personnel, dont il ne produit aucune '
           'trace. M. ANSELME-BRUN, de nationalité française, né le 30 août 1959, réside selon nos informations à '
           'Dubaï et n\'a pu être entendu.', num=n, align='both')

    h('IV. QUALIFICATION DES FAITS ET TEXTES APPLICABLES')
    L.para('Les faits sont qualifiés, en premier lieu, de corruption active d\'agent public étranger, prévue et réprimée '
           'par l\'article 435-3 du code pénal : « Est puni de dix ans d\'emprisonnement et d\'une amende de '
           '1 000 000 €, dont le montant peut être porté au double du produit tiré de l\'infraction, le fait, par '
           'quiconque, de proposer sans droit, à tout moment, directement ou indirectement, à une personne dépositaire '
           'de l\'autorité publique, chargée d\'une mission de service public ou investie d\'un mandat électif public '
           'dans un État étranger ou au sein d\'une organisation internationale publique, des offres, des promesses, '
           'des dons, des présents ou des avantages quelconques, pour elle-même ou pour autrui, pour qu\'elle '
           'accomplisse ou s\'abstienne d\'accomplir, ou parce qu\'elle a accompli ou s\'est abstenue d\'accomplir, un '
           'acte de sa fonction, de sa mission ou de son mandat, ou facilité par sa fonction, sa mission ou son '
           'mandat. »', num=n, align='both')
    L.para('En deuxième lieu, d\'abus de biens sociaux, prévu par les articles L. 242-6, 3°, et L. 244-1 du code de '
           'commerce : « Est puni d\'un emprisonnement de cinq ans et d\'une amende de 375 000 euros le fait pour : '
           '[…] 3° Le président, les administrateurs ou les directeurs généraux d\'une société anonyme de faire, de '
           'mauvaise foi, des biens ou du crédit de la société, un usage qu\'ils savent contraire à l\'intérêt de '
           'celle-ci, à des fins personnelles ou pour favoriser une autre société ou entreprise dans laquelle ils sont '
           'intéressés directement ou indirectement ». L\'article L. 244-1 rend ce texte applicable aux dirigeants des '
           'sociétés par actions simplifiées.', num=n, align='both')
    L.para('En troisième lieu, de blanchiment aggravé, prévu par les articles 324-1 et 324-2 du code pénal : '
           '« Le blanchiment est le fait de faciliter, par tout moyen, la justification mensongère de l\'origine des '
           'biens ou des revenus de l\'auteur d\'un crime ou d\'un délit ayant procuré à celui-ci un profit direct ou '
           'indirect. Constitue également un blanchiment le fait d\'apporter un concours à une opération de '
           'placement, de dissimulation ou de conversion du produit direct ou indirect d\'un crime ou d\'un délit. » '
           'Le blanchiment est puni de dix ans d\'emprisonnement et de 750 000 euros d\'amende lorsqu\'il est commis de '
           'façon habituelle, en bande organisée ou en utilisant les facilités que procure l\'exercice d\'une activité '
           'professionnelle (article 324-2).', num=n, align='both')
    L.para('Le texte intégral de ces dispositions, ainsi que celui de l\'article 131-21 du code pénal relatif à la '
           'confiscation, figure à l\'annexe 1. Les faits correspondent, en droit suisse, aux infractions prévues aux '
           'articles 322septies (corruption d\'agents publics étrangers), 158 (gestion déloyale) et 305bis '
           '(blanchiment d\'argent) du code pénal suisse<fn>Dispositions citées à titre indicatif, pour faciliter '
           'l\'examen de la double incrimination requise pour les mesures de contrainte (art. 64 EIMP).</fn>. '
           '<ins>La prescription de l\'action publique n\'est acquise pour aucun des faits. </ins>',
           num=n, align='both')

    h('V. ACTES SOLLICITÉS')
    L.para('Nous prions les autorités suisses de bien vouloir, dans la mesure où le droit suisse le permet :',
           num=n, align='both', keep_next=True)
    L.para('obtenir de la BANQUE PRIVÉE LÉMANIQUE SA, Genève, pour la relation n° 0000-481227 (toutes rubriques, '
           'sous-comptes et dépôts) ouverte au nom de KESTREL, ainsi que pour toute autre relation dont KESTREL, '
           'M. Thibault MARCHAIS ou M. Victor ANSELME-BRUN seraient titulaires, ayants droit économiques ou fondés de '
           'procuration, pour la période du 1er janvier 2019 au 31 décembre 2023 : les documents d\'ouverture, la '
           'déclaration d\'identification de l\'ayant droit économique (formulaire A), le profil client et les notes '
           'd\'entretien du chargé de relation, les relevés de compte, les avis de débit et de crédit et les '
           'justificatifs de toute opération supérieure à 10 000 CHF ou à sa contre-valeur, ainsi que la '
           'correspondance échangée avec le client ;', num=n, level=1, align='both')
    L.para('<del>procéder à une perquisition dans les locaux de la FIDUCIAIRE PERRIARD & ASSOCIÉS SA et y saisir tout '
           'document relatif à KESTREL ;</del><ins>obtenir de la FIDUCIAIRE PERRIARD & ASSOCIÉS SA, Genève, le dossier '
           'de domiciliation et d\'administration de KESTREL : contrat de domiciliation, registre des actions, '
           'procès-verbaux du conseil d\'administration et de l\'assemblée générale, comptabilité des exercices 2019 à '
           '2023, factures émises à ALDÉRANE et toute pièce justifiant des prestations facturées ;</ins>',
           num=n, level=1, align='both')
    L.para('entendre M. Laurent PERRIARD, administrateur unique de KESTREL, domicilié professionnellement à Genève, '
           'en qualité de témoin ou de personne appelée à donner des renseignements, sur les questions figurant à '
           'l\'annexe 3 ;', num=n, level=1, align='both')
    L.para('procéder à tout autre acte qui, au vu des résultats de l\'exécution, apparaîtrait utile à la manifestation '
           'de la vérité, après nous en avoir, le cas échéant, avisée.', num=n, level=1, align='both')
    L.para('Ces actes sont nécessaires à l\'information pour les raisons suivantes. La documentation bancaire '
           '(point a) est le seul moyen de savoir où sont allés les 4 870 000 euros après leur arrivée à Genève : des '
           'retraits ou des virements au profit de l\'agent public étranger caractériseraient la corruption ; des '
           'retours vers M. MARCHAIS, tels les deux virements de 2021, caractériseraient l\'abus de biens sociaux et '
           'le blanchiment ; le formulaire A dira qui était l\'ayant droit économique de KESTREL. Le dossier de la '
           'fiduciaire (point b) permettra de vérifier si une quelconque prestation réelle a été fournie, ce qui '
           'répondra directement à la défense de M. MARCHAIS. L\'audition de M. PERRIARD (point c) est nécessaire '
           'parce qu\'il a signé les factures et les ordres de paiement : lui seul peut dire de qui il recevait ses '
           'instructions.', num=n, align='both')

    h('VI. FORMES D\'EXÉCUTION SOUHAITÉES')
    L.para('Nous souhaitons que les documents bancaires et comptables soient remis en copies certifiées conformes par '
           'l\'établissement qui les détient, accompagnées d\'une attestation indiquant qu\'ils sont complets pour la '
           'période visée, et que les relevés soient en outre fournis sous forme électronique exploitable. Ces formes '
           'conditionnent, en droit français, la force probante des pièces devant la juridiction de jugement.',
           num=n, align='both')
    L.para('Nous souhaitons que l\'audition de M. PERRIARD fasse l\'objet d\'un procès-verbal signé reproduisant les '
           'questions posées et les réponses données, et que l\'intéressé soit, si le droit suisse le permet, exhorté '
           'à dire la vérité et averti des conséquences pénales d\'un faux témoignage (art. 307 du code pénal suisse). '
           'En droit français, le témoin prête serment de dire toute la vérité (art. 103 du code de procédure pénale) ; '
           'une déclaration recueillie avec l\'avertissement prévu par le droit suisse sera tenue pour équivalente. '
           'S\'il devait être entendu en qualité de prévenu selon le droit suisse, nous vous prions de nous en aviser.',
           num=n, align='both')
    L.para('Nous nous engageons à n\'utiliser les renseignements et pièces obtenus qu\'aux fins de la présente '
           'procédure pénale et à ne pas les utiliser, sans l\'accord préalable de l\'Office fédéral de la justice, '
           'dans une procédure portant sur une infraction pour laquelle l\'entraide serait exclue en droit suisse, '
           'notamment en matière fiscale.', num=n, align='both')

    h('VII. PRÉSENCE D\'AUTORITÉS FRANÇAISES')
    L.para('Nous n\'entendons pas assister à l\'exécution de la présente demande, et les enquêteurs de l\'OCLCIFF ne '
           'solliciteront pas davantage d\'y être présents. Nous resterons à la disposition des autorités suisses pour '
           'tout renseignement complémentaire.', num=n, align='both')

    h('VIII. LANGUE, RETOUR DES PIÈCES ET ACCUSÉ DE RÉCEPTION')
    L.para('La présente demande est rédigée en français, langue officielle du canton de Genève, où les actes doivent '
           'être exécutés. Les pièces d\'exécution peuvent nous être retournées directement, à l\'adresse du cabinet, '
           'et par voie électronique à l\'adresse indiquée au point 1.', num=n, align='both')
    L.para('Un formulaire d\'accusé de réception figure en dernière page ; nous vous remercions de bien vouloir nous '
           'le retourner complété, par courriel ou par courrier.', num=n, align='both')

    L.para('Nous vous prions d\'agréer, Monsieur le Procureur général, l\'assurance de notre haute considération.',
           align='both', space_before=6)
    L.para('Fait en notre cabinet, à Paris, le 24 février 2025', align='right')
    L.para('La première vice-présidente chargée de l\'instruction<br/>Claire DESROCHES-LAFARGE<br/>[signature et sceau]',
           align='right')

    L.para('Annexes :', bold=True, space_before=8, keep_next=True)
    an = L.numbering('paren')
    for a in ['textes d\'incrimination et de répression (articles 131-21, 324-1, 324-2, 435-3 du code pénal ; L. 242-6 et '
              'L. 244-1 du code de commerce) ;',
              'note de synthèse de l\'OCLCIFF du 9 janvier 2025 (identité de l\'État concerné et de l\'agent public) ;',
              'questionnaire pour l\'audition de M. Laurent PERRIARD ;',
              'copie du réquisitoire introductif du 14 septembre 2023.']:
        L.para(a, num=an, size=10.5)

    # acknowledgement form
    L.page_break()
    L.para('ACCUSÉ DE RÉCEPTION', align='center', bold=True, size=12)
    L.para('à compléter et à retourner au cabinet de Mme DESROCHES-LAFARGE, tribunal judiciaire de Paris, '
           'Parvis du Tribunal de Paris, 75859 Paris Cedex 17 — ji-fin.desroches@justice.example.fr',
           align='center', size=9.5, italic=True)
    L.table([
        ['Demande d\'entraide', 'Information JIFIN 23000041 — demande du 24 février 2025'],
        ['Autorité ayant reçu la demande', BLANK],
        ['Date de réception', BLANK],
        ['Référence suisse du dossier', BLANK],
        ['Autorité chargée de l\'exécution et personne à contacter (tél., courriel)', BLANK],
        ['Observations', BLANK],
        ['Date, nom et signature', BLANK],
    ], widths_cm=(6, 10), size=10)
    return L
