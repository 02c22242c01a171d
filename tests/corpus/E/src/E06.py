# -*- coding: utf-8 -*-
# Decision d'enquete europeenne (Annexe A, francais), Belgique -> France, avec Annexe B.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E06_fr_dee_annexe_a_be_fr"
TITLE = "Decision d'enquete europeenne - dossier 2026/041 - notice BR.21.L1.004512/26"
AUTHOR = "Cabinet du juge d'instruction Delvaux"


def build(Builder):
    b = Builder(font="Arial", size=10, lang="fr-BE")
    b.header(["Tribunal de première instance francophone de Bruxelles \u2013 Cabinet du juge "
              "d'instruction A.-C. Delvaux", ("br",),
              "Dossier d'instruction 2026/041 \u2013 notice BR.21.L1.004512/26"], size=8)
    b.footer(["DEE BE\u2192FR \u2013 2026/041 \u2013 page "], page_label="")

    b.p([("b", "ANNEXE A")], align="center", size=12, space_after=0)
    b.p([("b", "DÉCISION D'ENQUÊTE EUROPÉENNE (DEE)")], align="center", size=13)
    b.p("La présente DEE a été émise par une autorité compétente. L'autorité d'émission "
        "certifie que l'émission de la présente DEE est nécessaire et proportionnée aux fins des "
        "procédures qui y sont visées, compte tenu des droits du suspect ou de la personne "
        "poursuivie, et que les mesures d'enquête demandées auraient pu être ordonnées dans les "
        "mêmes conditions dans le cadre d'une procédure nationale similaire. Je demande que la ou "
        "les mesures d'enquête précisées ci-après soient exécutées en tenant dûment compte de la "
        "confidentialité de l'enquête et que les éléments de preuve obtenus à la suite de "
        "l'exécution de la DEE soient transférés.", size=9)

    band(b, "SECTION A")
    kv(b, [
        ["État d'émission :", [("txt", "Etat d'emission", "ROYAUME DE BELGIQUE")]],
        ["État d'exécution :", [("txt", "Etat d'execution", "RÉPUBLIQUE FRANÇAISE")]],
    ])

    band(b, "SECTION B : URGENCE")
    kv(b, [
        ["Veuillez préciser s'il y a urgence en raison :",
         boxes([(True, "d'un risque de dissimulation ou de destruction d'éléments de preuve"),
                (False, "d'une date de procès imminente"),
                (False, "de tout autre motif")])],
        ["Veuillez préciser ci-dessous :",
         "M. DEWAELE est placé en détention préventive depuis le 13 février 2026. Le titulaire "
         "de la ligne française visée à la section C n'a pas encore été identifié ; il est à "
         "craindre qu'il abandonne cette ligne et que le témoin soit approché par les membres "
         "du réseau."],
        ["Les délais d'exécution de la DEE sont fixés dans la directive 2014/41/UE. Toutefois, "
         "si un délai plus court ou spécifique est nécessaire, veuillez indiquer la date et "
         "expliquer la raison :", [("txt", "Delai specifique", "\u2014")]],
    ])

    band(b, "SECTION C : MESURE(S) D'ENQUÊTE À EXÉCUTER")
    kv(b, [
        ["1. Décrivez l'assistance ou la ou les mesures d'enquête requises ET indiquez, le cas "
         "échéant, s'il s'agit de l'une des mesures d'enquête suivantes :",
         boxes([
             (False, "obtention d'informations ou d'éléments de preuve qui sont déjà en "
                     "possession de l'autorité d'exécution"),
             (False, "obtention d'informations figurant dans des bases de données détenues par "
                     "la police ou les autorités judiciaires"),
             (True, "audition d'un témoin, d'un expert, d'une victime, d'un suspect ou d'une "
                    "personne poursuivie ou d'un tiers sur le territoire de l'État d'exécution"),
             (True, "identification des personnes titulaires d'un abonnement à un numéro de "
                    "téléphone ou d'une adresse IP"),
             (False, "transfèrement temporaire d'une personne détenue vers l'État d'émission"),
             (False, "transfèrement temporaire d'une personne détenue vers l'État d'exécution"),
             (False, "audition par vidéoconférence ou par un autre moyen de transmission "
                     "audiovisuelle"),
             (False, "audition par téléconférence"),
             (False, "informations relatives à des comptes bancaires et autres comptes "
                     "financiers"),
             (False, "informations relatives à des opérations bancaires et autres opérations "
                     "financières"),
             (False, "mesure d'enquête impliquant la collecte de preuves en temps réel, de "
                     "manière continue et au cours d'une période déterminée"),
             (False, "enquêtes discrètes"),
             (False, "interception de télécommunications"),
             (False, "mesure(s) provisoire(s) visant à empêcher la destruction, la "
                     "transformation, le déplacement, le transfert ou l'aliénation d'un élément "
                     "susceptible de servir de preuve")])],
        ["2. Description :",
         [{"p": [("b", "Mesure 1. "), "Identification du titulaire et de l'utilisateur de la "
                 "ligne mobile +33 6 39 98 41 27 : nom, adresse, date de souscription, mode de "
                 "paiement, documents d'identité produits lors de la souscription, IMEI des "
                 "appareils ayant utilisé la ligne entre le 1er décembre 2025 et le 28 février "
                 "2026."]},
          {"p": [("b", "Mesure 2. "), "Audition en qualité de témoin de M. Thierry LEFEBVRE "
                 "(section E, personne 2) sur les points énumérés à la section H."]}]],
    ])

    band(b, "SECTION D : RELATION AVEC UNE DEE ANTÉRIEURE")
    kv(b, [
        ["La présente DEE complète-t-elle une DEE antérieure ?", "Non."],
        ["Une DEE a-t-elle également été adressée à un autre État membre dans la même affaire ?",
         "Non."],
        ["Autres informations :",
         "Les mesures demandées ont été évoquées lors de la réunion de coordination tenue à "
         "Eurojust (La Haye) le 22 avril 2026, à laquelle participaient la juge d'instruction "
         "soussignée et Mme Élodie MARCHAND, vice-procureure à la JIRS de Lille. Il y a été "
         "convenu que la DEE serait adressée au parquet de Lille, compétent pour Lesquin. Une "
         "copie de la présente DEE est adressée pour information au membre national de la "
         "France à Eurojust."],
    ])

    band(b, "SECTION E : IDENTITÉ DE LA PERSONNE CONCERNÉE")
    kv(b, [
        ("span", [("b", "Personne 1")]),
        ["Qualité :", inline_boxes([(True, "suspect ou personne poursuivie"), (False, "victime"),
                                    (False, "témoin"), (False, "tiers")])],
        ["Nom / prénom(s) :", "DEWAELE, Jonathan Marc"],
        ["Sexe / nationalité :", "masculin / belge"],
        ["Numéro d'identification :", "registre national 90.04.03-215.66"],
        ["Type et numéro du document d'identité :", "carte d'identité belge n° 592-4471302-18"],
        ["Date et lieu de naissance :", "3 avril 1990 à Anderlecht (Belgique)"],
        ["Résidence :", "détenu à la prison de Haren (Bruxelles)"],
        ["Langue(s) comprise(s) :", "français, néerlandais"],
        ("span", [("b", "Personne 2")]),
        ["Qualité :", inline_boxes([(False, "suspect ou personne poursuivie"),
                                    (False, "victime"), (True, "témoin"), (False, "tiers")])],
        ["Nom / prénom(s) :", "LEFEBVRE, Thierry"],
        ["Date de naissance / nationalité :", "12 juin 1975 / française"],
        ["Adresse connue :", "rue des Peupliers 14, 59810 Lesquin (France)"],
        ["Employeur :", "SARL Transports Flandres-Artois, zone d'activités de Lesquin"],
    ])

    band(b, "SECTION F : TYPE DE PROCÉDURE POUR LAQUELLE LA DEE EST ÉMISE")
    kv(b, [
        ["Type de procédure :",
         boxes([(True, "a) procédure pénale engagée par une autorité judiciaire, ou pouvant "
                       "être engagée devant une telle autorité, concernant une infraction "
                       "pénale au regard du droit national de l'État d'émission"),
                (False, "b) procédure engagée par des autorités administratives"),
                (False, "c) procédure engagée par des autorités judiciaires pour des faits "
                        "punissables au regard du droit national de l'État d'émission"),
                (False, "d) procédure concernant une personne morale")])],
        ["Cadre juridique :",
         "Directive 2014/41/UE du Parlement européen et du Conseil du 3 avril 2014 concernant la "
         "décision d'enquête européenne en matière pénale ; loi belge du 22 mai 2017 relative à "
         "la décision d'enquête européenne en matière pénale."],
    ])

    band(b, "SECTION G : MOTIFS DE L'ÉMISSION DE LA DEE")
    kv(b, [
        ["1. Résumé des faits :",
         [{"p": "Le 12 février 2026, la Police judiciaire fédérale de Bruxelles a intercepté, "
                "rue de la Petite Île à Anderlecht, une camionnette conduite par M. Jonathan "
                "DEWAELE. Quarante-huit kilogrammes de cocaïne y ont été découverts, dissimulés "
                "dans des palettes de pièces détachées automobiles chargées la veille dans un "
                "entrepôt logistique de Lesquin (Nord) et acheminées jusqu'à Bruxelles par un "
                "camion de la SARL Transports Flandres-Artois."},
          {"p": "L'exploitation du téléphone de M. DEWAELE montre qu'il a échangé 37 messages "
                "avec le numéro français +33 6 39 98 41 27 entre le 2 et le 12 février 2026, "
                "notamment pour convenir de l'heure et du lieu du transbordement des palettes. "
                "L'utilisateur de ce numéro, désigné « Le Nordiste », semble être "
                "l'organisateur de l'envoi."},
          {"p": "M. Thierry LEFEBVRE, chauffeur du camion, n'est pas suspecté. Il a été "
                "présent lors du chargement à Lesquin et peut décrire les personnes qui ont "
                "remis les palettes."},
          {"p": "Stade de la procédure : instruction judiciaire ouverte le 13 février 2026 ; "
                "M. DEWAELE est inculpé et détenu."}]],
        ["2. Nature et qualification juridique de l'infraction et disposition légale "
         "applicable :",
         "Importation et détention de stupéfiants constituant un acte de participation à "
         "l'activité d'une association \u2013 articles 2bis, § 1er, et 2bis, § 3, b), de la "
         "loi du 24 février 1921 concernant le trafic des substances vénéneuses, soporifiques, "
         "stupéfiantes, psychotropes, désinfectantes ou antiseptiques. Peine : réclusion de "
         "cinq à dix ans et amende."],
        ["3. Liste des infractions (cocher) :",
         boxes([(False, "participation à une organisation criminelle"),
                (True, "trafic illicite de stupéfiants et de substances psychotropes"),
                (False, "autre")])],
    ])

    band(b, "SECTION H : EXIGENCES SUPPLÉMENTAIRES POUR CERTAINES MESURES")
    kv(b, [
        ["Mesure 1 \u2013 motifs :",
         "L'identification du titulaire de la ligne doit permettre d'identifier « Le "
         "Nordiste », qui a organisé le chargement de la cocaïne à Lesquin, et de vérifier si "
         "la même personne a utilisé d'autres appareils (IMEI) en relation avec M. DEWAELE."],
        ["Mesure 2 \u2013 points à aborder lors de l'audition :",
         [{"p": "a) déroulement du chargement du 11 février 2026 à Lesquin : heure, personnes "
                "présentes, véhicules ;"},
          {"p": "b) description des personnes ayant remis les palettes et identité du donneur "
                "d'ordre du transport ;"},
          {"p": "c) contacts éventuels avec le numéro +33 6 39 98 41 27 ;"},
          {"p": "d) présentation d'une planche photographique (jointe sous pli séparé) ; le "
                "témoin indiquera s'il reconnaît une ou plusieurs personnes."}]],
        ["Lien avec l'enquête :",
         "La déposition du témoin est le seul élément direct sur l'origine des palettes ; elle "
         "doit permettre de confirmer ou d'écarter la version de M. DEWAELE, qui affirme "
         "ignorer le contenu du chargement."],
    ])

    band(b, "SECTION I : FORMALITÉS ET PROCÉDURES DEMANDÉES POUR L'EXÉCUTION")
    kv(b, [
        ["1.", [{"p": boxes([(True, "Il est demandé que l'autorité d'exécution respecte les "
                                    "formalités et procédures suivantes :")])},
                {"p": "Le témoin sera entendu, si le droit français le permet, après avoir "
                      "prêté serment de dire toute la vérité, rien que la vérité, afin que sa "
                      "déposition ait en droit belge la valeur d'un témoignage sous serment "
                      "(art. 75 du Code d'instruction criminelle). La présentation de la "
                      "planche photographique sera consignée au procès-verbal, avec les "
                      "réponses du témoin pour chaque photographie."}]],
        ["2.", [{"p": boxes([(True, "Il est demandé qu'un ou plusieurs agents de l'État "
                                    "d'émission assistent les autorités compétentes de l'État "
                                    "d'exécution lors de l'exécution de la DEE.")])},
                {"p": "Commissaire Sophie MERTENS et inspecteur principal Kevin "
                      "VANDERSTRAETEN, Police judiciaire fédérale de Bruxelles, section "
                      "stupéfiants (tél. +32 2 557 48 30). Ils ont exploité le téléphone de M. "
                      "DEWAELE et pourront suggérer des questions complémentaires en fonction "
                      "des réponses du témoin."},
                {"p": "Langues : français, néerlandais."}]],
    ])

    band(b, "SECTION J : VOIES DE RECOURS")
    kv(b, [
        ["1. Recours déjà formé contre l'émission de la DEE :", "Aucun."],
        ["2. Autorité pouvant fournir des informations :", "L'autorité d'émission (section K)."],
    ])

    band(b, "SECTION K : COORDONNÉES DE L'AUTORITÉ QUI A ÉMIS LA DEE")
    kv(b, [
        ["Type d'autorité :", boxes([(True, "juge, juridiction ou juge d'instruction"),
                                     (False, "procureur"),
                                     (False, "autre autorité compétente")])],
        ["Nom de l'autorité :", "Juge d'instruction près le tribunal de première instance "
         "francophone de Bruxelles"],
        ["Nom de son représentant :", [("txt", "Representant", "Anne-Catherine DELVAUX")]],
        ["Fonction :", "Juge d'instruction"],
        ["Référence du dossier :", "2026/041 \u2013 notice BR.21.L1.004512/26"],
        ["Adresse :", "Palais de Justice, place Poelaert 1, 1000 Bruxelles"],
        ["Téléphone :", "+32 2 557 40 18"],
        ["Courrier électronique :", "ac.delvaux@just.example.be"],
        ["Langues de communication :", "français, néerlandais, anglais"],
        ["Signature :", [("i", "(signé)"), ("br",), "A.-C. DELVAUX, juge d'instruction",
                         ("br",), "Date : ", ("date", "Date d'emission", "2026-05-06",
                                              "06/05/2026"), ("br",), "Sceau"]],
    ])

    band(b, "SECTION L : COORDONNÉES DE L'AUTORITÉ JUDICIAIRE QUI A VALIDÉ LA DEE")
    kv(b, [["Validation :", "Sans objet (DEE émise par un juge d'instruction)."]])

    b.page_break()
    b.p([("b", "ANNEXE B")], align="center", size=12, space_after=0)
    b.p([("b", "ACCUSÉ DE RÉCEPTION D'UNE DEE")], align="center", size=12)
    b.p("Le présent formulaire doit être rempli par l'autorité de l'État d'exécution qui a "
        "reçu la DEE visée ci-dessous et renvoyé à l'autorité d'émission "
        "(ac.delvaux@just.example.be \u2013 Palais de Justice, place Poelaert 1, 1000 Bruxelles).",
        size=9)
    band(b, "A) LA DEE CONCERNÉE")
    kv(b, [
        ["Autorité qui a émis la DEE :", "Juge d'instruction A.-C. Delvaux, Bruxelles"],
        ["Référence du dossier :", "2026/041"],
        ["Date d'émission :", "06/05/2026"],
        ["Date de réception :", [("txt", "Date de reception", " ")]],
    ])
    band(b, "B) L'AUTORITÉ QUI A REÇU LA DEE")
    kv(b, [
        ["Dénomination officielle de l'autorité compétente :", [("txt", "Autorite", " ")]],
        ["Nom de son représentant / fonction :", [("txt", "Representant", " ")]],
        ["Adresse / téléphone / courrier électronique :", [("txt", "Coordonnees", " ")]],
        ["Référence du dossier :", [("txt", "Reference execution", " ")]],
        ["Langues de communication :", [("txt", "Langues", " ")]],
    ])
    band(b, "C) (LE CAS ÉCHÉANT) L'AUTORITÉ À LAQUELLE LA DEE A ÉTÉ TRANSMISE")
    kv(b, [["Dénomination, coordonnées, date de transmission :", [("txt", "Transmise a", " ")]]])
    band(b, "D) TOUTE AUTRE INFORMATION PERTINENTE")
    kv(b, [["Informations :", [("txt", "Autres informations", " ")]]])
    band(b, "E) SIGNATURE ET DATE")
    kv(b, [["Signature / date / cachet :", [("txt", "Signature", " ")]]])
    return ID, b, True
