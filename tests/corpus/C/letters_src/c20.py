ID = "C20_fr_dee_annexe_a_be_fr"
OPTIONS = dict(lang="fr-BE", font="Arial", size=10, margins_cm=1.8)


def build(L):
    L.header("DÉCISION D'ENQUÊTE EUROPÉENNE – Juge d'instruction de Bruxelles – Notice 2025/0417", size=8)
    L.footer("Annexe A – Directive 2014/41/UE", page_word="Page")
    L.p("**ANNEXE A**", align="center", size=12)
    L.p("**DÉCISION D'ENQUÊTE EUROPÉENNE (DEE)**", align="center", size=12)
    L.p("La présente DEE a été émise par une autorité compétente. L'autorité d'émission certifie que l'émission de la présente DEE est nécessaire et proportionnée aux fins des procédures qui y sont mentionnées, compte tenu des droits de la personne suspectée ou poursuivie, et que les mesures d'enquête demandées auraient pu être ordonnées dans les mêmes conditions dans le cadre d'une affaire interne similaire. Je demande que la ou les mesures d'enquête décrites ci-dessous soient exécutées en tenant dûment compte de la confidentialité de l'enquête et que les éléments de preuve obtenus à la suite de l'exécution de la DEE soient transférés.",
        size=9, align="justify")
    W = [5.2, 12.2]
    L.p("**SECTION A**", space_before=6)
    L.table([["État d'émission", "Belgique"],
             ["État d'exécution", "France"]], widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION B : Urgence**")
    L.table([["Veuillez indiquer s'il y a urgence en raison de :",
              "[ ] Des éléments de preuve risquent d'être dissimulés ou détruits\n[ ] Date du procès imminente\n[ ] Autre\n\n[x] Sans objet – la présente DEE ne présente pas de caractère urgent ; un délai d'exécution ordinaire (article 12 de la directive) convient."],
             ["Délais d'exécution / motifs", "—"]], widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION C : Mesure(s) d'enquête à exécuter**")
    L.table([["1. Description de l'assistance / de la ou des mesures d'enquête demandées",
              "a) Communication des documents d'ouverture, des relevés et du détail des opérations (donneurs d'ordre et bénéficiaires) du compte FR76 0000 0417 0000 1234 5678 901 ouvert au Crédit Rhodanien, agence de Lyon-Part-Dieu, au nom de la SAS Horizon Patrimoine Conseil (SIREN 000 417 226), du 1er mars 2024 au 31 décembre 2025.\n\nb) Identification, par consultation du fichier national des comptes bancaires (FICOBA), de tous les comptes ouverts en France au nom de la SAS Horizon Patrimoine Conseil et de Dimitri VANDEWALLE (identité en section E).\n\nc) Audition en qualité de témoin de Mme Sandrine MOULIN, présidente en titre de la SAS Horizon Patrimoine Conseil, domiciliée 14 rue des Tanneurs-Vieux, 69003 Lyon, sur les points énumérés en section I."],
             ["2. Pertinence des mesures (lien avec les faits)",
              "Le compte visé en a) a reçu 1 280 000 EUR de 41 victimes belges : ses relevés montreront la destination des fonds et l'éventuel bénéfice personnel du suspect. La recherche FICOBA (b) doit révéler les comptes sur lesquels les fonds ont été redirigés. Mme MOULIN (c) est présidente de la société sans en exercer, semble-t-il, la direction effective ; son audition doit établir qui donnait les ordres de virement."]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION D : Relation avec une précédente DEE**")
    L.table([["", "[x] Sans objet – aucune DEE ou demande d'entraide n'a été adressée antérieurement dans cette affaire."]],
            widths_cm=W, size=9)
    L.p("**SECTION E : Identité de la personne concernée**")
    L.table([["Personne suspecte", "Nom : VANDEWALLE\nPrénom : Dimitri\nDate et lieu de naissance : 11 septembre 1983, Courtrai (Belgique)\nNationalité : belge\nDocument d'identité : carte d'identité belge n° 592-0004172-83\nAdresse : inconnue en Belgique depuis juin 2025 ; séjournerait à Lyon"],
             ["Personne morale", "SAS Horizon Patrimoine Conseil, SIREN 000 417 226, siège 52 quai Rambaud-Nord, 69002 Lyon"],
             ["Témoin", "Sandrine MOULIN, née le 4 avril 1991, de nationalité française (adresse en section C)"]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION F : Type de procédure pour laquelle la DEE est émise**")
    L.table([["", "[x] Procédure pénale engagée par une autorité judiciaire (instruction judiciaire)\n[ ] Procédure engagée par des autorités administratives\n[ ] Procédure engagée par des autorités judiciaires pour des faits punissables qui ne sont pas des infractions pénales"]],
            widths_cm=W, size=9)
    L.p("**SECTION G : Motifs de l'émission de la DEE**")
    L.table([["1. Exposé des faits",
              "Entre avril 2024 et mai 2025, Dimitri VANDEWALLE, se présentant comme conseiller en gestion de patrimoine, a démarché par téléphone et sur les réseaux sociaux des épargnants belges âgés, leur proposant de placer leur épargne dans des « contrats de bons de caisse garantis à 9 % ». Quarante et une personnes ont versé au total 1 280 000 EUR sur le compte de la SAS Horizon Patrimoine Conseil à Lyon. Aucun placement n'a été réalisé ; les intérêts promis n'ont été payés que les trois premiers mois, au moyen des versements de nouveaux clients. Le suspect a quitté la Belgique en juin 2025."],
             ["2. Qualification juridique et dispositions légales",
              "Escroquerie (article 496 du Code pénal belge) : « Quiconque, dans le but de s'approprier une chose appartenant à autrui, se sera fait remettre ou délivrer, ou aura tenté de se faire remettre ou délivrer des fonds, meubles, obligations, quittances, décharges, soit en faisant usage de faux noms ou de fausses qualités, soit en employant des manœuvres frauduleuses pour persuader l'existence de fausses entreprises, d'un pouvoir ou d'un crédit imaginaire, pour faire naître l'espérance ou la crainte d'un succès, d'un accident ou de tout autre événement chimérique, ou pour abuser autrement de la confiance ou de la crédulité, sera puni d'un emprisonnement d'un mois à cinq ans et d'une amende de vingt-six euros à trois mille euros. »\n\nBlanchiment (article 505, alinéa 1er, 2° et 3°, du Code pénal belge) : emprisonnement de quinze jours à cinq ans et amende de vingt-six euros à cent mille euros."],
             ["3. Peine maximale", "Cinq ans d'emprisonnement pour chacune des infractions."],
             ["4. Catégorie (annexe D)", "[x] Escroquerie\n[x] Blanchiment des produits du crime"]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION H : Exigences supplémentaires pour certaines mesures**")
    L.table([["H4 – Informations sur les comptes bancaires", "[x] Mesure C.b) : comptes détenus en France par la personne morale et la personne suspecte. Banques concernées : toutes (recherche FICOBA)."],
             ["H5 – Informations sur les opérations bancaires", "[x] Mesure C.a) : compte, banque et période indiqués en section C. Motifs : les fonds des victimes ont été versés sur ce compte."]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION I : Formalités et procédures demandées pour l'exécution**")
    L.table([["1. Formalités", "[x] L'audition du témoin sera consignée dans un procès-verbal signé, mentionnant les questions et les réponses.\n[x] Les documents bancaires seront transmis sous forme de copies certifiées conformes par la banque.\n[ ] Présence d'autorités de l'État d'émission"],
             ["2. Points à aborder lors de l'audition (C.c)", "Conditions de sa nomination comme présidente ; identité de la personne qui donnait les ordres de virement ; accès aux moyens de paiement en ligne du compte ; relations avec Dimitri VANDEWALLE ; rémunération perçue."],
             ["3. Présence de l'autorité d'émission", "[ ] Oui\n[x] Non – aucun magistrat ni enquêteur belge ne souhaite assister à l'exécution."],
             ["4. Confidentialité", "La confidentialité de la présente DEE est demandée : le suspect ignore que des investigations sont menées en France et pourrait, s'il en était informé, vider les comptes ou quitter Lyon. Si la confidentialité ne peut être assurée, l'autorité d'exécution est priée d'en informer sans délai le juge d'instruction avant toute exécution (article 19 de la directive)."],
             ["5. Contacts antérieurs et autres canaux", "Aucun contact préalable n'a eu lieu avec les autorités françaises. La présente DEE n'est transmise ni par l'intermédiaire d'Eurojust ni par aucun autre canal ; elle est adressée directement au procureur de la République de Lyon."]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION J : Voies de recours**")
    L.table([["", "Aucune voie de recours n'a été introduite contre l'émission de la présente DEE. Les voies de recours sont celles des articles 61quater et 127 du Code d'instruction criminelle belge."]],
            widths_cm=W, size=9)
    L.p("**SECTION K : Coordonnées de l'autorité qui a émis la DEE**")
    L.table([["Type d'autorité", "[x] Juge, juridiction ou juge d'instruction"],
             ["Nom de l'autorité", "Juge d'instruction au tribunal de première instance francophone de Bruxelles"],
             ["Nom du représentant / fonction", "Mme Véronique DELHAYE, juge d'instruction"],
             ["N° du dossier", "Notice 2025/0417 – n° d'instruction 2025/188"],
             ["Adresse", "Palais de justice, place Poelaert 1, 1000 Bruxelles"],
             ["Téléphone / courriel", "+32 2 555 04 17 – ji.delhaye@example.just.fgov.be"],
             ["Langues de communication", "français, néerlandais"],
             ["Fondement juridique", "Directive 2014/41/UE du Parlement européen et du Conseil du 3 avril 2014 concernant la décision d'enquête européenne en matière pénale ; loi belge du 22 mai 2017 relative à la décision d'enquête européenne en matière pénale."]],
            widths_cm=W, size=9, bold_first_col=True)
    L.p("**SECTION L : Autorité judiciaire ayant validé la DEE**")
    L.table([["", "[x] Sans objet – DEE émise par un juge d'instruction."]], widths_cm=W, size=9)
    L.p("Signature de l'autorité d'émission : Véronique DELHAYE, juge d'instruction\nDate : 14 janvier 2026\nSceau officiel", size=9, space_before=6)
    L.p("Annexe jointe : formulaire de l'annexe B (accusé de réception), à compléter par l'autorité d'exécution.", size=9, italic=True)

    L.page_break()
    L.p("**ANNEXE B – ACCUSÉ DE RÉCEPTION D'UNE DEE**", align="center", size=12)
    L.p("Le présent formulaire doit être complété par l'autorité de l'État d'exécution qui a reçu la DEE et renvoyé à : ji.delhaye@example.just.fgov.be – Juge d'instruction Delhaye, place Poelaert 1, 1000 Bruxelles.",
        size=9, align="justify")
    L.table([["A) Autorité ayant émis la DEE", "Juge d'instruction Véronique DELHAYE, Bruxelles – Notice 2025/0417"],
             ["Date d'émission", "14 janvier 2026"],
             ["Date de réception", ""],
             ["B) Autorité ayant reçu la DEE (nom, adresse, téléphone, courriel)", ""],
             ["Numéro de dossier de l'autorité d'exécution", ""],
             ["C) Le cas échéant, autorité compétente à qui la DEE est transmise", ""],
             ["D) Autres informations", ""],
             ["E) Signature et date", ""]], widths_cm=W, size=9, bold_first_col=True)
