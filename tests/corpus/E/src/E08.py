# -*- coding: utf-8 -*-
# Formulaire type de demande d'entraide (modele PC-OC, francais), Monaco -> Belgique.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import band, kv, boxes, inline_boxes

ID = "E08_fr_formulaire_pcoc_mc_be"
TITLE = "Demande d'entraide judiciaire - Parquet general de Monaco - PG 2026/0318"
AUTHOR = "Parquet general de Monaco"


def build(Builder):
    b = Builder(font="Arial", size=10, lang="fr-FR")
    b.header(["PRINCIPAUTÉ DE MONACO \u2013 PARQUET GÉNÉRAL", ("br",),
              "Réf. PG 2026/0318 \u2013 information n° CAB1/26/014"], size=8)
    b.footer(["Formulaire type de demande d'entraide (PC-OC) \u2013 PG 2026/0318 \u2013 p. "],
             page_label="")

    b.p([("b", "DEMANDE D'ENTRAIDE JUDICIAIRE EN MATIÈRE PÉNALE")], align="center", size=13,
        space_after=0)
    b.p("Formulaire type du Conseil de l'Europe (PC-OC)", align="center", size=9)

    band(b, "1. Autorité requérante")
    kv(b, [
        ["Autorité", "Parquet général de la Principauté de Monaco"],
        ["Magistrat en charge",
         [("txt", "Magistrat", "Mme Laure GASTAUD, substitut du procureur général")]],
        ["Coordonnées", "Palais de Justice, 5 rue Colonel Bellando de Castro, MC 98000 Monaco"
         " \u2013 tél. +377 93 00 41 26 \u2013 l.gastaud@justice.example.mc"],
        ["Procédure", "Information judiciaire n° CAB1/26/014 ouverte le 18 mars 2026, confiée "
         "à M. le juge d'instruction du cabinet n° 1 du tribunal de première instance"],
    ])

    band(b, "2. Autorité requise")
    kv(b, [
        ["Destinataire", "SPF Justice \u2013 Service de la coopération internationale pénale, "
         "Bruxelles, pour exécution par les autorités judiciaires de l'arrondissement de Liège"],
    ])

    band(b, "3. Fondement juridique")
    kv(b, [
        ["Instrument(s)", boxes([
            (True, "Convention européenne d'entraide judiciaire en matière pénale du 20 avril "
                   "1959"),
            (False, "Protocole additionnel du 17 mars 1978"),
            (False, "Deuxième Protocole additionnel du 8 novembre 2001"),
            (False, "Autre convention (préciser)"),
            (False, "Réciprocité")])],
    ])

    band(b, "4. Transmission")
    kv(b, [
        ["Voie de transmission", "Direction des Services Judiciaires de Monaco au SPF Justice "
         "(article 15, paragraphe 1, de la Convention)"],
        ["Autres voies", "Une copie a été transmise pour information le 8 septembre 2026 par le "
         "canal d'Interpol (BCN Monaco \u2192 BCN Bruxelles) afin de permettre aux services de "
         "police de préparer l'exécution."],
    ])

    band(b, "5. Historique du dossier")
    kv(b, [
        ["Demandes antérieures", "Aucune."],
        ["Échanges préalables", "Le 4 juin 2026, l'inspecteur principal Marc BERTHIER, de la "
         "Division de police judiciaire de la Direction de la Sûreté publique, s'est entretenu "
         "par téléphone avec le commissaire Nadia COLLIGNON, de la Police judiciaire fédérale "
         "de Liège, qui a confirmé que la société HNR TRADING SRL est toujours domiciliée à "
         "l'adresse indiquée au point 8 et qu'aucune procédure belge n'est ouverte à son "
         "encontre."],
    ])

    band(b, "6. Délai souhaité")
    kv(b, [
        ["Urgence", inline_boxes([(False, "Oui"), (True, "Non")])],
        ["Observations", "Aucun caractère d'urgence : aucune personne n'est détenue et aucune "
         "échéance procédurale n'est fixée."],
    ])

    band(b, "7. Restrictions de diffusion")
    kv(b, [["Restrictions", [("txt", "Restrictions", "Néant. Mis en demeure par la bijouterie le 20 "
                                            "mars 2026, M. HENRARD sait qu'une plainte a été "
                                            "déposée ; il n'y a pas lieu de tenir la demande "
                                            "secrète à son égard.")]]])

    band(b, "8. Exposé des faits")
    b.p("Le 14 mars 2026, un homme se présentant comme « Frédéric HENRARD, gérant de la société "
        "HNR TRADING SRL, Liège » a acheté à la bijouterie MAISON ARDENZA, boulevard des "
        "Moulins à Monte-Carlo, trois montres de luxe pour un montant total de 412 000 euros.",
        size=10)
    b.p("Pour obtenir la remise immédiate des montres, il a présenté sur son téléphone un "
        "avis de virement SWIFT apparemment émis par la BANQUE MOSANE SA, Liège. Le virement "
        "n'a jamais été reçu ; la BANQUE MOSANE SA a indiqué, par l'intermédiaire de la "
        "correspondante de la bijouterie, que l'avis était un faux. Les montres ont été "
        "remises le jour même à un transporteur qui les a livrées, le 16 mars 2026, au siège "
        "de HNR TRADING SRL, rue de la Station 41, 4020 Liège, où un employé a signé le bon "
        "de livraison.", size=10)
    b.p("Les images de vidéosurveillance de la bijouterie et de l'hôtel où l'acheteur a "
        "séjourné, ainsi que la copie de la carte d'identité présentée, désignent :", size=10)
    kv(b, [
        ["Nom, prénoms", "HENRARD Frédéric Jean-Luc"],
        ["Date et lieu de naissance", "22 janvier 1981 à Liège (Belgique)"],
        ["Nationalité", "belge"],
        ["Pièce d'identité", "carte d'identité belge n° 591-7723406-52"],
        ["Adresse connue", "avenue Rogier 27, 4000 Liège"],
        ["Qualité", inline_boxes([(True, "suspect"), (False, "témoin"), (False, "victime")])],
    ])
    b.p("Les montres concernées sont : une Patek Philippe référence 5711/1A, n° de boîte "
        "7 004 115 ; une Rolex Daytona référence 126500LN, n° de série 9X7T2204 ; une "
        "Audemars Piguet Royal Oak référence 15510ST, n° de série K 88 415.", size=10)

    band(b, "9. Qualification juridique")
    kv(b, [
        ["Infraction", "Escroquerie"],
        ["Texte", "Article 330 du Code pénal monégasque : « Quiconque, soit en faisant usage "
         "de faux noms ou de fausses qualités, soit en employant des manœuvres frauduleuses "
         "pour persuader l'existence de fausses entreprises, d'un pouvoir ou d'un crédit "
         "imaginaire, ou pour faire naître l'espérance ou la crainte d'un succès, d'un "
         "accident ou de tout autre événement chimérique, se sera fait remettre ou délivrer "
         "des fonds, des meubles ou des obligations, dispositions, billets, promesses, "
         "quittances ou décharges, et aura, par un de ces moyens, escroqué ou tenté "
         "d'escroquer la totalité ou partie de la fortune d'autrui, sera puni d'un "
         "emprisonnement d'un à cinq ans et de l'amende prévue au chiffre 4 de l'article 26. »"],
        ["Peine maximale", "Cinq ans d'emprisonnement et amende"],
    ])

    band(b, "10. Mesures sollicitées")
    n = b.numbering("legal")
    b.p("Perquisitionner au siège de HNR TRADING SRL, rue de la Station 41, 4020 Liège, et au "
        "domicile de M. HENRARD, et y saisir les trois montres décrites au point 8, leurs "
        "écrins et certificats, ainsi que tout document relatif à leur acquisition ou à leur "
        "revente.", num=n)
    b.p("Entendre M. Frédéric HENRARD en qualité de suspect sur les faits exposés au point 8, "
        "et notamment sur l'origine de l'avis de virement et la destination actuelle des "
        "montres.", num=n)
    b.p("Obtenir de la BANQUE MOSANE SA la confirmation qu'aucun ordre de virement au profit "
        "de MAISON ARDENZA n'a été émis, ainsi que les relevés du compte de HNR TRADING SRL "
        "pour la période du 1er février au 30 avril 2026.", num=n)
    b.p("Entendre l'employé de HNR TRADING SRL ayant signé le bon de livraison du 16 mars "
        "2026.", num=n)

    band(b, "11. Utilité des mesures")
    kv(b, [["Justification", "Ces mesures sont indispensables à la manifestation de la "
                             "vérité."]])

    band(b, "12. Formes particulières d'exécution")
    kv(b, [
        ["Formes", "M. HENRARD sera entendu après notification des droits prévus par l'article "
         "47bis du Code d'instruction criminelle belge, en présence de son avocat s'il le "
         "souhaite ; son audition sera consignée dans un procès-verbal qu'il signera. Les "
         "montres saisies seront photographiées, décrites avec leurs numéros de série et "
         "conservées sous scellés en vue de leur remise ultérieure à la victime, par "
         "l'intermédiaire des autorités monégasques."],
    ])

    band(b, "13. Participation d'autorités de l'État requérant")
    kv(b, [["Présence souhaitée", inline_boxes([(False, "Oui"), (True, "Non")])]])

    band(b, "14. Langue et annexes")
    kv(b, [
        ["Langue de la demande", "Français"],
        ["Annexes", "Copie de l'ordonnance de soit-communiqué du juge d'instruction ; "
         "photographies extraites de la vidéosurveillance ; copie du faux avis de virement."],
    ])

    b.p(["Monaco, le ", ("date", "Date", "2026-09-08", "08/09/2026")], space_before=8)
    b.p([("i", "(signé)"), ("br",), "Laure GASTAUD", ("br",),
         "Substitut du procureur général"], align="right")
    return ID, b, False
