ID = "C18_fr_commission_rogatoire_fr_co"
OPTIONS = dict(lang="fr-FR", font="Times New Roman", size=12)


def build(L):
    L.header("COUR D'APPEL D'AIX-EN-PROVENCE – TRIBUNAL JUDICIAIRE DE MARSEILLE\nJuridiction interrégionale spécialisée (JIRS) – Cabinet de Mme RAMBERT", size=8)
    L.footer("Information n° JIRS 25/00417 – CRI Colombie", page_word="Page")
    L.p("**COMMISSION ROGATOIRE INTERNATIONALE**", align="center", size=14)
    L.p("//adressée aux autorités judiciaires compétentes de la République de Colombie//", align="center")
    L.p("**URGENT – personnes détenues (voir § 7)**", align="center", size=11)
    L.p("Nous, **Claire-Hélène RAMBERT**, Vice-Présidente chargée de l'instruction au tribunal judiciaire de Marseille (JIRS), Palais Monthyon, 6 rue Joseph-Autran, 13006 Marseille ; téléphone du cabinet : +33 4 91 55 04 17 ; courriel : cabinet.rambert.jirs@example.justice.fr ;",
        align="justify")
    L.p("Vu l'information judiciaire n° JIRS 25/00417 suivie contre Karim BENSALEM, Ludovic FAURE et tous autres, des chefs d'importation de stupéfiants en bande organisée, trafic de stupéfiants et association de malfaiteurs ;",
        align="justify")
    L.p("Vu les articles 81, 151 à 155 et 694 et suivants du code de procédure pénale ;", align="justify")
    L.p("Vu l'article 7 de la Convention des Nations unies contre le trafic illicite de stupéfiants et de substances psychotropes, faite à Vienne le 20 décembre 1988, et l'article 18 de la Convention des Nations unies contre la criminalité transnationale organisée, faite à New York le 15 novembre 2000, auxquelles la France et la Colombie sont parties ;",
        align="justify")
    L.p("Prions et, en tant que de besoin, requérons les autorités judiciaires compétentes de la République de Colombie de bien vouloir faire procéder aux actes décrits au § 5, dans les conditions ci-après.",
        align="justify")
    n = L.new_list("outline")

    L.heading("Exposé des faits", num=n)
    L.p("Le 3 octobre 2025, au terminal à conteneurs de Fos-sur-Mer, les agents de la douane ont découvert 640 kilogrammes de chlorhydrate de cocaïne dissimulés dans des sacs de café vert en provenance du port de Santa Marta (Colombie), conteneur MSCU 000417-5, expédié par la société colombienne **Comercializadora Sierra Nevada Export S.A.S.** (NIT 900.000.417-1) à destination d'une société de négoce de Vitrolles.",
        num=n, level=1, align="justify")
    L.p("L'enquête a permis l'interpellation, le 6 octobre 2025, de **Karim BENSALEM**, né le 14 mai 1986 à Marseille, de nationalité française, gérant de fait de la société destinataire, et de **Ludovic FAURE**, né le 2 septembre 1979 à Avignon, de nationalité française, transitaire. Tous deux ont été mis en examen et placés en détention provisoire le 9 octobre 2025.",
        num=n, level=1, align="justify")
    L.p("L'exploitation de leurs téléphones révèle des échanges, entre juillet et septembre 2025, avec deux lignes colombiennes (§ 5.4) utilisées par un interlocuteur se présentant comme « el Ingeniero », que les enquêteurs de l'Office anti-stupéfiants (OFAST) identifient provisoirement comme **Hernán Darío VILLAMIZAR PEÑA**, de nationalité colombienne, né le 21 janvier 1981 à Cúcuta, cédula de ciudadanía n° 88.000.417, représentant légal de la société exportatrice.",
        num=n, level=1, align="justify")

    L.heading("Qualification des faits et textes applicables", num=n)
    L.p("Importation de stupéfiants en bande organisée (article 222-36, alinéa 2, du code pénal) : trente ans de réclusion criminelle et 7 500 000 euros d'amende[^Article 222-36 du code pénal : « L'importation ou l'exportation illicites de stupéfiants sont punies de dix ans d'emprisonnement et de 7 500 000 euros d'amende. Ces faits sont punis de trente ans de réclusion criminelle et de 7 500 000 euros d'amende lorsqu'ils sont commis en bande organisée. »^].",
        num=n, level=1, align="justify")
    L.p("Transport, détention, acquisition de stupéfiants (article 222-37 du code pénal) : dix ans d'emprisonnement et 7 500 000 euros d'amende[^Article 222-37, alinéa 1er, du code pénal : « Le transport, la détention, l'offre, la cession, l'acquisition ou l'emploi illicites de stupéfiants sont punis de dix ans d'emprisonnement et de 7 500 000 euros d'amende. »^].",
        num=n, level=1, align="justify")
    L.p("Association de malfaiteurs en vue de la préparation d'un crime (article 450-1 du code pénal) : dix ans d'emprisonnement et 150 000 euros d'amende[^Article 450-1 du code pénal : « Constitue une association de malfaiteurs tout groupement formé ou entente établie en vue de la préparation, caractérisée par un ou plusieurs faits matériels, d'un ou plusieurs crimes ou d'un ou plusieurs délits punis d'au moins cinq ans d'emprisonnement. Lorsque les infractions préparées sont des crimes ou des délits punis de dix ans d'emprisonnement, la participation à une association de malfaiteurs est punie de dix ans d'emprisonnement et de 150 000 euros d'amende. […] »^].",
        num=n, level=1, align="justify")

    L.heading("Contacts antérieurs et voies de transmission", num=n)
    L.p("Nous n'avons, à ce jour, pris aucun contact avec les autorités colombiennes au sujet de cette affaire. La présente commission rogatoire n'est adressée par aucune autre voie que celle du ministère de la Justice (Bureau de l'entraide pénale internationale) et de la Fiscalía General de la Nación, autorité centrale colombienne.",
        num=n, level=1, align="justify")

    L.heading("Utilité des actes demandés", num=n)
    L.p("Les actes demandés au § 5.1 et 5.2 doivent établir qui, au sein de la société exportatrice, a organisé l'expédition et si le chargement a été empoté sous son contrôle ; l'audition prévue au § 5.3 permettra de savoir qui était présent lors de l'empotage du conteneur ; l'identification des lignes (§ 5.4) est indispensable pour établir que VILLAMIZAR PEÑA est bien « el Ingeniero » et pour démontrer l'existence d'une bande organisée entre la Colombie et la France.",
        num=n, level=1, align="justify")

    L.heading("Actes sollicités", num=n)
    L.p("Obtenir de la Cámara de Comercio de Santa Marta le certificat d'existence et de représentation légale de Comercializadora Sierra Nevada Export S.A.S., la liste de ses associés et dirigeants depuis 2022.",
        num=n, level=1, align="justify")
    L.p("Obtenir de la Dirección de Impuestos y Aduanas Nacionales (DIAN) la déclaration d'exportation, la liste de colisage et le certificat d'inspection du conteneur MSCU 000417-5 (embarquement de septembre 2025), ainsi que la liste des autres exportations de la même société vers la France en 2024 et 2025.",
        num=n, level=1, align="justify")
    L.p("Entendre en qualité de témoin M. **Jhon Fredy ARIZA MOLINA**, chef de quai de la société de manutention portuaire ayant empoté le conteneur, sur : les personnes présentes lors de l'empotage ; l'origine des sacs de café ; les instructions reçues et de qui ; ses relations avec VILLAMIZAR PEÑA.",
        num=n, level=1, align="justify")
    L.p("Identifier les titulaires des lignes +57 300 555 0417 et +57 315 555 0733 et obtenir les données d'abonnement et la liste des communications de ces lignes du 1er juillet au 15 octobre 2025.",
        num=n, level=1, align="justify")

    L.heading("Formalités d'exécution", num=n)
    L.p("Dans la mesure où la loi colombienne le permet, nous demandons que le témoin soit entendu après avoir prêté serment, que ses déclarations soient consignées dans un procès-verbal signé par lui et par l'autorité colombienne, et que les pièces soient transmises en copies certifiées conformes. Si l'une de ces formalités est incompatible avec le droit colombien, nous vous serions obligés de nous en aviser.",
        num=n, level=1, align="justify")
    L.p("Nous souhaitons assister à l'audition du témoin, accompagnée du commandant de police Sébastien LAGARDE et du capitaine de police Amandine ROCHE, de l'OFAST, qui ont exploité les téléphones des mis en examen : leur présence permettra de poser, par l'intermédiaire de l'autorité colombienne, des questions complémentaires en fonction des réponses et des pièces saisies en France. Les frais de déplacement seront à la charge de l'État français.",
        num=n, level=1, align="justify")

    L.heading("Urgence et confidentialité", num=n)
    L.p("La présente demande revêt un caractère urgent. Les deux mis en examen sont détenus et leur détention provisoire ne peut être prolongée au-delà du {-9 juin 2026-}{+9 octobre 2026+} sans éléments nouveaux ; nous vous saurions gré de nous faire parvenir les résultats avant le **15 juillet 2026**.",
        num=n, level=1, align="justify")
    L.p("La procédure est couverte par le secret de l'instruction (article 11 du code de procédure pénale). VILLAMIZAR PEÑA n'est pas informé des investigations : nous vous prions de veiller à ce que ni lui ni la société exportatrice n'en soient avisés, faute de quoi il pourrait prendre la fuite ou faire disparaître des preuves. Si cette confidentialité ne pouvait être garantie, nous vous serions reconnaissants de nous consulter avant l'exécution.",
        num=n, level=1, align="justify")

    L.heading("Engagements", num=n)
    L.p("Les éléments recueillis ne seront utilisés que pour les besoins de la présente information et des poursuites qui en découleraient. Une traduction en langue espagnole de la présente commission rogatoire, certifiée par un traducteur expert près la cour d'appel d'Aix-en-Provence, y est jointe.",
        num=n, level=1, align="justify")
    L.p("Fait en notre cabinet, à Marseille, le 20 février 2026.", align="right", space_before=8)
    L.p("La Vice-Présidente chargée de l'instruction\n\n\nClaire-Hélène RAMBERT", align="right")
    L.p("Pièces jointes : traduction certifiée en espagnol ; copie du procès-verbal de saisie du 3 octobre 2025.", size=10)
