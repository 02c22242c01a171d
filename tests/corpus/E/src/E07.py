# -*- coding: utf-8 -*-
# Commission rogatoire internationale, juge d'instruction de Paris -> Suisse (Geneve).
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from _formkit import kv

ID = "E07_fr_commission_rogatoire_fr_ch"
TITLE = "Commission rogatoire internationale - JI 2226/00087"
AUTHOR = "Cabinet de M. Rochefort"

GREFFE = "Greffe JI Rochefort"


def build(Builder):
    b = Builder(font="Times New Roman", size=11.5, lang="fr-FR")
    b.header([("b", "CONFIDENTIEL \u2013 SECRET DE L'INSTRUCTION"), ("br",),
              "Tribunal judiciaire de Paris \u2013 Pôle de l'instruction \u2013 Section "
              "économique et financière"], size=8)
    b.footer(["CRI n° JI 2226/00087 \u2013 M. Rochefort, juge d'instruction \u2013 page "],
             page_label="")

    b.p([("b", "TRIBUNAL JUDICIAIRE DE PARIS"), ("br",),
         "Cabinet de M. Bertrand ROCHEFORT, premier vice-président chargé de l'instruction",
         ("br",), "Parvis du Tribunal de Paris, 75859 Paris Cedex 17", ("br",),
         "Tél. : +33 1 99 00 52 17 \u2013 Greffe : +33 1 99 00 52 18", ("br",),
         "Courriel : bertrand.rochefort@justice.example.fr"], align="left", size=10)
    b.p(["N° d'instruction : JI 2226/00087", ("br",), "N° parquet : PNF 25 180 000 123"],
        align="left", size=10)
    b.p(["À Monsieur le Procureur général", ("br",),
         "Ministère public de la République et canton de Genève", ("br",),
         "Route de Chancy 6B, case postale 3565", ("br",), "1211 Genève 3 \u2013 Suisse"],
        align="right", size=10.5)
    b.p(["Paris, le 4 novembre 2026"], align="right", size=10.5)

    b.p([("b", "COMMISSION ROGATOIRE INTERNATIONALE")], align="center", size=13,
        space_before=10, space_after=0)
    b.p(["Détention provisoire \u2013 exécution souhaitée avant le 31 janvier 2027 (voir § 19)"],
        align="center", size=10, space_after=10)

    b.p("Nous, Bertrand ROCHEFORT, premier vice-président chargé de l'instruction au tribunal "
        "judiciaire de Paris,")
    b.p("Vu l'information suivie contre M. Olivier FAURÉ-LAMBERT et tous autres, des chefs de "
        "corruption active d'agent public étranger et de blanchiment aggravé, ouverte sur "
        "réquisitoire du procureur de la République financier en date du 3 février 2025 ;")
    b.p(["Vu la Convention européenne d'entraide judiciaire en matière pénale du 20 avril 1959 "
         "et son deuxième Protocole additionnel du 8 novembre 2001, l'Accord entre le "
         "Gouvernement de la République française et le Conseil fédéral suisse en vue de "
         "compléter cette Convention, signé à Berne le 28 octobre 1996, les articles 48 à 53 "
         "de la Convention d'application de l'Accord de Schengen, la Convention des Nations "
         "unies contre la corruption du 31 octobre 2003, ainsi que les articles 81, 151 et "
         "694 et suivants du code de procédure pénale ;"])
    b.p(["Avons l'honneur de solliciter des autorités judiciaires suisses",
         ("fn", "Mon cabinet n'a eu, à ce jour, aucun contact avec les autorités suisses au "
                "sujet de la présente procédure ; les enquêteurs de l'OCLCIFF n'ont pas "
                "davantage sollicité leurs homologues par la voie policière."),
         " l'exécution des actes décrits ci-après."])

    n = b.numbering("legal")

    def P(segs, level=0):
        b.p(segs, num=n, level=level)

    b.heading("I. Transmission")
    P(["La présente commission rogatoire est adressée directement au Ministère public du "
       "canton de Genève, conformément à l'article 15, paragraphe 1, de la Convention, tel "
       "que modifié par l'article 4 du deuxième Protocole additionnel, et à l'Accord "
       "franco-suisse du 28 octobre 1996. Une copie en est adressée, pour information, à "
       "l'Office fédéral de la justice, Unité Entraide judiciaire, à Berne. Elle n'a fait "
       "l'objet d'aucune autre transmission, ni par Interpol ni par la voie diplomatique."])

    b.heading("II. Exposé des faits")
    P(["La société française ARVEN INGÉNIERIE SAS, dont le siège est à Courbevoie, a obtenu en "
       "mars 2020 le marché de modernisation des installations de manutention du port "
       "autonome d'un État d'Afrique de l'Ouest, pour un montant de 84 millions d'euros."])
    P(["Le 12 décembre 2019, soit trois mois avant l'attribution du marché, ARVEN INGÉNIERIE "
       "SAS a conclu un contrat dit « d'assistance commerciale » avec la société KESTREL DUNE "
       "LTD, immatriculée aux Îles Vierges britanniques, prévoyant une commission de 3 % du "
       "montant du marché. En exécution de ce contrat, ARVEN INGÉNIERIE SAS a versé entre le "
       "15 juin 2020 et le 2 novembre 2023, en sept virements, la somme totale de ",
       ("del", "2 450 000", GREFFE, "2026-11-03T10:12:00Z"),
       ("ins", "2 150 000", GREFFE, "2026-11-03T10:12:00Z"),
       " euros sur le compte n° 0417-558213-01 ouvert au nom de KESTREL DUNE LTD auprès de la "
       "BANQUE LÉMANIQUE PRIVÉE SA, à Genève."])
    P(["Aucune prestation réelle n'a été identifiée : les « rapports d'assistance » saisis au "
       "siège de la société sont des copies de documents publics. Deux anciens cadres "
       "d'ARVEN INGÉNIERIE SAS ont déclaré que la commission était destinée au directeur "
       "général du port, M. K., par l'intermédiaire de son beau-frère, présenté comme "
       "l'ayant droit économique de KESTREL DUNE LTD."])
    P(["M. Olivier FAURÉ-LAMBERT, directeur commercial Afrique d'ARVEN INGÉNIERIE SAS de 2016 "
       "à 2024, a négocié et signé le contrat avec KESTREL DUNE LTD et a validé chacune des "
       "factures. Il a été mis en examen le 10 juillet 2026 et placé en détention provisoire "
       "après avoir été interpellé à l'aéroport de Roissy alors qu'il s'apprêtait à partir "
       "pour Dubaï avec un aller simple."])
    P(["Identité de la personne mise en examen :"])
    kv(b, [
        ["Nom, prénoms", "FAURÉ-LAMBERT Olivier Henri"],
        ["Date et lieu de naissance", "17 septembre 1968 à Lyon (Rhône)"],
        ["Nationalité", "française"],
        ["Document d'identité", "passeport n° 18AB45678 délivré le 5 mars 2018 par la "
         "préfecture des Hauts-de-Seine"],
        ["Domicile", "12, avenue de la Grande-Armée, 75017 Paris ; actuellement détenu à la "
         "maison d'arrêt de Paris-La Santé"],
    ], widths=(5.0, 11.5), size=10)

    b.heading("III. Qualification des faits et textes applicables")
    P(["Les faits reprochés à M. FAURÉ-LAMBERT sont qualifiés de corruption active d'agent "
       "public étranger, prévue et réprimée par l'article 435-3 du code pénal : « Est puni de "
       "dix ans d'emprisonnement et d'une amende de 1 000 000 \u20ac, dont le montant peut "
       "être porté au double du produit tiré de l'infraction, le fait, par quiconque, de "
       "proposer sans droit, à tout moment, directement ou indirectement, à une personne "
       "dépositaire de l'autorité publique, chargée d'une mission de service public ou "
       "investie d'un mandat électif public dans un État étranger ou au sein d'une "
       "organisation internationale publique, des offres, des promesses, des dons, des "
       "présents ou des avantages quelconques, pour elle-même ou pour autrui, pour qu'elle "
       "accomplisse ou s'abstienne d'accomplir, ou parce qu'elle a accompli ou s'est abstenue "
       "d'accomplir, un acte de sa fonction, de sa mission ou de son mandat, ou facilité par "
       "sa fonction, sa mission ou son mandat. »"])
    P(["Ils sont en outre qualifiés de blanchiment aggravé, commis en utilisant les facilités "
       "que procure l'exercice d'une activité professionnelle, prévu et réprimé par les "
       "articles 324-1 et 324-2 du code pénal et puni de dix ans d'emprisonnement et de "
       "750 000 \u20ac d'amende.",
       ("fn", "Article 324-1 du code pénal : « Le blanchiment est le fait de faciliter, par "
              "tout moyen, la justification mensongère de l'origine des biens ou des revenus "
              "de l'auteur d'un crime ou d'un délit ayant procuré à celui-ci un profit direct "
              "ou indirect. Constitue également un blanchiment le fait d'apporter un concours "
              "à une opération de placement, de dissimulation ou de conversion du produit "
              "direct ou indirect d'un crime ou d'un délit. Le blanchiment est puni de cinq "
              "ans d'emprisonnement et de 375 000 euros d'amende. » Article 324-2 : « Le "
              "blanchiment est puni de dix ans d'emprisonnement et de 750 000 euros "
              "d'amende : 1° Lorsqu'il est commis de façon habituelle ou en utilisant les "
              "facilités que procure l'exercice d'une activité professionnelle ; 2° Lorsqu'il "
              "est commis en bande organisée. [...] »")])
    P(["Ces faits sont également punissables en droit suisse, notamment au titre des articles "
       "322septies (corruption d'agents publics étrangers) et 305bis (blanchiment d'argent) "
       "du code pénal suisse."])

    b.heading("IV. Actes sollicités")
    P(["J'ai l'honneur de prier les autorités judiciaires suisses de bien vouloir :"])
    P(["se faire remettre par la BANQUE LÉMANIQUE PRIVÉE SA, pour la période du 1er janvier "
       "2019 au 31 décembre 2024, concernant le compte n° 0417-558213-01 et tout autre compte "
       "ouvert au nom de KESTREL DUNE LTD ou dont serait ayant droit économique la même "
       "personne : la documentation d'ouverture, le formulaire d'identification de l'ayant "
       "droit économique, les procurations et droits de signature, le profil client et les "
       "notes d'entretien du gestionnaire, les relevés de compte, ainsi que les avis de "
       "crédit et de débit et les ordres de virement de tout mouvement supérieur à "
       "50 000 euros ou à leur contre-valeur ;"], level=1)
    P(["entendre en qualité de témoin le gestionnaire du compte, M. Laurent ZBINDEN, "
       "employé de la BANQUE LÉMANIQUE PRIVÉE SA, sur les questions figurant en annexe 1 ;"],
      level=1)
    P(["me faire connaître, s'il y a lieu, l'existence d'autres comptes ouverts dans le même "
       "établissement au nom de M. FAURÉ-LAMBERT ou dont il serait l'ayant droit économique "
       "ou le mandataire, et me faire parvenir, pour ces comptes, les mêmes documents pour la "
       "même période ;"], level=1)
    P(["procéder à tout autre acte qui apparaîtrait utile à la manifestation de la vérité "
       "au cours de l'exécution, après m'en avoir informé."], level=1)

    b.heading("V. Utilité des actes sollicités")
    P(["La documentation bancaire (§ 10 a) permettra d'identifier l'ayant droit économique réel "
       "de KESTREL DUNE LTD et de vérifier s'il s'agit du beau-frère du directeur général du "
       "port, ce qui établirait la destination de la commission et l'élément matériel de la "
       "corruption. Les relevés et ordres de virement permettront de suivre l'utilisation des "
       "fonds après leur arrivée à Genève et, le cas échéant, d'identifier le bénéficiaire "
       "final, élément constitutif du blanchiment."])
    P(["L'audition du gestionnaire (§ 10 b) doit établir qui lui donnait les instructions, "
       "quelle justification économique lui a été fournie pour les virements en provenance "
       "d'ARVEN INGÉNIERIE SAS et s'il a été en contact avec M. FAURÉ-LAMBERT, qui conteste "
       "connaître les bénéficiaires des fonds."])
    P(["Les informations sur d'éventuels comptes de M. FAURÉ-LAMBERT (§ 10 c) permettront de "
       "vérifier s'il a lui-même perçu une partie des fonds, ce qui est suggéré par un "
       "courriel saisi évoquant « ta part à Genève »."])

    b.heading("VI. Formes de l'exécution")
    P(["Dans la mesure où le droit suisse le permet, je souhaite que les documents bancaires "
       "me soient remis sous forme de copies certifiées conformes par la banque, accompagnées "
       "d'une attestation indiquant qu'elles sont complètes, et, pour les relevés, également "
       "sous forme électronique exploitable. Le témoin devra être informé de ses droits et "
       "obligations selon le droit suisse ; ses déclarations seront consignées dans un "
       "procès-verbal signé par lui."])
    P(["Si l'une de ces formes ne pouvait être respectée, je vous serais reconnaissant de bien "
       "vouloir m'en aviser afin que nous puissions convenir d'une solution."])

    b.heading("VII. Présence de magistrats et d'enquêteurs français")
    P(["En application de l'article 4 de la Convention et de l'article 65a de la loi fédérale "
       "sur l'entraide internationale en matière pénale (EIMP), je souhaite assister à "
       "l'audition de M. ZBINDEN, accompagné du commandant de police Claire ROUSSEL, de "
       "l'Office central de lutte contre la corruption et les infractions financières et "
       "fiscales (OCLCIFF), chef d'enquête. Sa présence et la mienne permettront de poser "
       "des questions complémentaires au vu de l'ensemble du dossier, que seuls les "
       "enquêteurs français connaissent en détail. Nous nous conformerons à toute condition "
       "fixée par l'autorité d'exécution et pourrons être joints pour fixer une date."])

    b.heading("VIII. Confidentialité")
    P(["L'information est couverte par le secret de l'instruction (article 11 du code de "
       "procédure pénale). Les personnes qui ont organisé le circuit financier, et notamment "
       "l'ayant droit économique de KESTREL DUNE LTD, n'ont pas connaissance de la procédure. "
       "Une information prématurée leur permettrait de transférer les avoirs encore "
       "disponibles et de se concerter avec M. FAURÉ-LAMBERT."])
    P(["Je vous saurais donc gré de bien vouloir, si vous l'estimez possible, interdire à la "
       "banque d'informer sa cliente, conformément à l'article 80n, alinéa 1, EIMP, et de "
       "différer autant que le droit suisse le permet la notification des décisions aux "
       "titulaires du compte. Si la confidentialité ne pouvait être garantie, je souhaiterais "
       "être consulté avant l'exécution."])

    b.heading("IX. Délai")
    P(["Je vous serais obligé de bien vouloir faire exécuter la présente commission rogatoire "
       "avant le 31 janvier 2027. M. FAURÉ-LAMBERT est détenu depuis le 10 juillet 2026 et "
       "la prolongation de sa détention provisoire devra être examinée au plus tard le 9 mars "
       "2027, au vu des éléments recueillis."])

    b.heading("X. Engagements")
    P(["Les éléments recueillis ne seront utilisés que dans le cadre de la présente procédure "
       "et pour les infractions qui la fondent, sous réserve de votre consentement préalable "
       "pour tout autre usage. Les pièces originales qui me seraient remises seront restituées "
       "dès que possible. Les frais extraordinaires éventuels feront l'objet d'une "
       "concertation préalable."])

    b.heading("XI. Retour des pièces et accusé de réception")
    P(["Les pièces d'exécution pourront m'être retournées directement, à l'adresse figurant "
       "en tête de la présente. Je vous remercie de bien vouloir me retourner l'accusé de "
       "réception joint en annexe 2, complété."])

    b.p("Je vous prie d'agréer, Monsieur le Procureur général, l'assurance de ma haute "
        "considération.", space_before=6)
    b.p([("i", "(signé et scellé)"), ("br",), "Bertrand ROCHEFORT", ("br",),
         "Premier vice-président chargé de l'instruction"], align="right", space_before=8)

    b.p([("b", "Annexes :")], align="left", space_before=8)
    a = b.numbering("dash")
    b.p("annexe 1 \u2013 questions à poser au témoin Laurent ZBINDEN ;", num=a)
    b.p("annexe 2 \u2013 accusé de réception ;", num=a)
    b.p("annexe 3 \u2013 copie du réquisitoire introductif du 3 février 2025.", num=a)

    b.page_break()
    b.p([("b", "ANNEXE 1 \u2013 Questions à poser au témoin Laurent ZBINDEN")], align="center")
    q = b.numbering("legal")
    for t in ["Depuis quand gérez-vous la relation avec KESTREL DUNE LTD ? Qui vous a présenté "
              "ce client ?",
              "Qui avez-vous identifié comme ayant droit économique ? Sur quels documents ? "
              "L'avez-vous rencontré ? Où et quand ?",
              "Quelle justification économique vous a été donnée pour les virements reçus "
              "d'ARVEN INGÉNIERIE SAS ? Avez-vous demandé des pièces justificatives ?",
              "Qui vous donnait les instructions de paiement et par quel moyen ?",
              "Connaissez-vous M. Olivier FAURÉ-LAMBERT ? L'avez-vous rencontré ou avez-vous "
              "été en contact avec lui ?",
              "Des communications de soupçon ont-elles été envisagées ou effectuées au sujet "
              "de ce compte, pour autant que le droit suisse vous autorise à répondre ?"]:
        b.p(t, num=q)

    b.p([("b", "ANNEXE 2 \u2013 ACCUSÉ DE RÉCEPTION")], align="center", space_before=14)
    b.p("À compléter et à retourner au cabinet de M. ROCHEFORT, juge d'instruction, tribunal "
        "judiciaire de Paris, Parvis du Tribunal de Paris, 75859 Paris Cedex 17, ou par "
        "courriel à bertrand.rochefort@justice.example.fr.", size=10)
    kv(b, [
        ["Commission rogatoire", "JI 2226/00087 du 4 novembre 2026"],
        ["Autorité destinataire", [("txt", "Autorite destinataire", " ")]],
        ["Date de réception", [("txt", "Date de reception", " ")]],
        ["Référence suisse", [("txt", "Reference suisse", " ")]],
        ["Magistrat ou service chargé de l'exécution (nom, téléphone, courriel)",
         [("txt", "Charge de l'execution", " ")]],
        ["Date, signature et sceau", [("txt", "Signature", " ")]],
    ], widths=(6.5, 10.0), size=10)
    return ID, b, True
