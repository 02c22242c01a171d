# -*- coding: utf-8 -*-
"""Builds state_names.yaml from data_un.py, data_other.py and notes.py."""
import re
import sys
import yaml

from data_un import UN, ORDER
from data_other import (PT, PT_GENDER_NOART, FR_GENDER, FR_NOART_IN, ES_GENDER,
                        NAT, AR_NISBA, ZH_COMMON, RU, RU_NA)
from notes import UNSURE, NOTES

VOWELS_FR = "aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒhH"


# ---------------------------------------------------------------- helpers
def split_paren(s):
    """'République de Moldova (la)' -> ('République de Moldova', 'la')."""
    m = re.match(r"^(.*?) \(([^()]*)\)$", s)
    if m:
        return m.group(1), m.group(2)
    return s, ""


def split_lead_article(s, arts):
    for a in arts:
        if a.endswith("'"):
            if s.startswith(a):
                return a, s[len(a):]
        elif s.startswith(a + " "):
            return a, s[len(a) + 1:]
    return "", s


# ---------------------------------------------------------------- French
FR_ART = ("les", "la", "le", "l'")


def fr_forms(art, name, gender, number, in_override=None, formal=False):
    if art == "la":
        the, of, to, inn = "la " + name, "de la " + name, "à la " + name, "en " + name
    elif art == "le":
        the, of, to, inn = "le " + name, "du " + name, "au " + name, "au " + name
    elif art == "les":
        the, of, to, inn = "les " + name, "des " + name, "aux " + name, "aux " + name
    elif art == "l'":
        the, of, to = "l'" + name, "de l'" + name, "à l'" + name
        if formal and name.startswith("État"):
            inn = "dans l'" + name
        else:
            inn = "en " + name
    else:
        the = name
        of = ("d'" if name[0] in VOWELS_FR else "de ") + name
        to = "à " + name
        inn = in_override
    if in_override and art:
        inn = in_override
    return {"the": the, "of": of, "to": to, "in": inn,
            "gender": gender, "number": number}


def fr_head_gender(art, name, code):
    if art == "les":
        return "m", "pl"
    if art == "la":
        return "f", "sg"
    if art == "le":
        return "m", "sg"
    # l' or no article: decide by head word
    head = name.split()[0]
    if head in ("République", "Fédération", "Confédération"):
        return "f", "sg"
    if head in ("Royaume", "Grand-Duché", "État"):
        return "m", "sg"
    return FR_GENDER[code], "sg"


def build_fr(code):
    us, uf = UN[code][2], UN[code][3]
    s_name, s_art = split_paren(us)
    f_art, f_name = split_lead_article(uf, FR_ART)
    out = {"unterm_short": us, "unterm_formal": uf}
    if code == "nl":
        # descriptor short name: running text uses the Kingdom form
        out["short"] = "Pays-Bas (Royaume des)"
        out["formal"] = f_name
        out["short_equals_formal"] = False
        sf = fr_forms("le", "Royaume des Pays-Bas", "m", "sg")
        out["short_forms"] = sf
        out["short_forms_plain"] = fr_forms("les", "Pays-Bas", "m", "pl")
    else:
        if s_art in ("la", "le", "les"):
            g, n = fr_head_gender(s_art, s_name, code)
        elif s_art == "l'":
            g, n = FR_GENDER[code], "sg"
        else:
            g, n = FR_GENDER[code], "sg"
        out["short"] = s_name
        out["formal"] = f_name
        out["short_equals_formal"] = (s_name == f_name)
        out["short_forms"] = fr_forms(s_art, s_name, g, n,
                                      in_override=FR_NOART_IN.get(code))
    fg, fn = fr_head_gender(f_art, f_name, code)
    out["formal_forms"] = fr_forms(f_art, f_name, fg, fn, formal=True)
    m, f = NAT[code][1], NAT[code][2]
    out["nationality"] = {"m": m, "f": f}
    of = out["formal_forms"]["of"]
    out["national_of"] = {"m": "ressortissant " + of, "f": "ressortissante " + of}
    if code == "gb":
        out["later_forms"] = fr_forms("le", "Royaume-Uni", "m", "sg")
    if code == "us":
        out["later_forms"] = fr_forms("les", "États-Unis", "m", "pl")
    return out


# ---------------------------------------------------------------- Spanish
ES_ART = ("los", "las", "la", "el")


def es_forms(art, name, gender, number):
    if art == "la":
        d = ("la " + name, "de la " + name, "a la " + name, "en la " + name)
    elif art == "el":
        d = ("el " + name, "del " + name, "al " + name, "en el " + name)
    elif art == "los":
        d = ("los " + name, "de los " + name, "a los " + name, "en los " + name)
    elif art == "las":
        d = ("las " + name, "de las " + name, "a las " + name, "en las " + name)
    else:
        d = (name, "de " + name, "a " + name, "en " + name)
    return {"the": d[0], "of": d[1], "to": d[2], "in": d[3],
            "gender": gender, "number": number}


def es_head_gender(art, name, code):
    if art in ("los", "las"):
        return ("m" if art == "los" else "f"), "pl"
    if art == "la":
        return "f", "sg"
    if art == "el":
        return "m", "sg"
    return ES_GENDER[code], "sg"


def build_es(code):
    us, uf = UN[code][4], UN[code][5]
    s_name, s_art = split_paren(us)
    f_art, f_name = split_lead_article(uf, ES_ART)
    out = {"unterm_short": us, "unterm_formal": uf}
    if code == "nl":
        out["short"] = "Países Bajos (Reino de los)"
        out["formal"] = f_name
        out["short_equals_formal"] = False
        sf = es_forms("el", "Reino de los Países Bajos", "m", "sg")
        out["short_forms"] = sf
        out["short_forms_plain"] = es_forms("los", "Países Bajos", "m", "pl")
    else:
        g, n = es_head_gender(s_art, s_name, code)
        out["short"] = s_name
        out["formal"] = f_name
        out["short_equals_formal"] = (s_name == f_name)
        out["short_forms"] = es_forms(s_art, s_name, g, n)
    fg, fn = es_head_gender(f_art, f_name, code)
    out["formal_forms"] = es_forms(f_art, f_name, fg, fn)
    out["nationality"] = {"m": NAT[code][3], "f": NAT[code][4]}
    out["national_of"] = "nacional " + out["formal_forms"]["of"]
    if code == "gb":
        out["later_forms"] = es_forms("el", "Reino Unido", "m", "sg")
    if code == "us":
        out["later_forms"] = es_forms("los", "Estados Unidos", "m", "pl")
    return out


# ---------------------------------------------------------------- Portuguese
def pt_forms(art, name, gender, number):
    table = {
        "a": ("a ", "da ", "à ", "na "),
        "o": ("o ", "do ", "ao ", "no "),
        "as": ("as ", "das ", "às ", "nas "),
        "os": ("os ", "dos ", "aos ", "nos "),
        "": ("", "de ", "a ", "em "),
    }[art]
    return {"the": table[0] + name, "of": table[1] + name, "to": table[2] + name,
            "in": table[3] + name, "gender": gender, "number": number}


def pt_gn(art, code, name, formal):
    if art in ("os", "as"):
        return ("m" if art == "os" else "f"), "pl"
    if art == "a":
        return "f", "sg"
    if art == "o":
        return "m", "sg"
    return PT_GENDER_NOART[code], "sg"


def build_pt(code):
    s, sa, f, fa = PT[code]
    g, n = pt_gn(sa, code, s, False)
    fg, fn = pt_gn(fa, code, f, True)
    out = {"short": s, "formal": f, "short_equals_formal": s == f,
           "short_forms": pt_forms(sa, s, g, n),
           "formal_forms": pt_forms(fa, f, fg, fn),
           "nationality": {"m": NAT[code][5], "f": NAT[code][6]}}
    out["national_of"] = "nacional " + out["formal_forms"]["of"]
    return out


# ---------------------------------------------------------------- Russian
CASES = ("nom", "gen", "dat", "acc", "ins", "pre")
SIBV = "кгхжшщч"


def decl(word, cls):
    if cls == "fa":
        st = word[:-1]
        gen = st + ("и" if st[-1] in SIBV else "ы")
        ins = st + ("ей" if st[-1] in "жшщчц" else "ой")
        return [word, gen, st + "е", st + "у", ins, st + "е"]
    if cls == "fia":
        st = word[:-2]
        return [word, st + "ии", st + "ии", st + "ию", st + "ией", st + "ии"]
    if cls == "fsoft":
        st = word[:-1]
        return [word, st + "и", st + "и", word, st + "ью", st + "и"]
    if cls == "m":
        return [word, word + "а", word + "у", word, word + "ом", word + "е"]
    if cls == "mj":
        st = word[:-1]
        return [word, st + "я", st + "ю", word, st + "ем", st + "е"]
    if cls == "msoft":
        st = word[:-1]
        return [word, st + "я", st + "ю", word, st + "ем", st + "е"]
    if cls == "n":
        st = word[:-1]
        return [word, st + "а", st + "у", word, st + "ом", st + "е"]
    if cls == "pl":
        st = word[:-1]
        return [word, st + "ов", st + "ам", word, st + "ами", st + "ах"]
    if cls == "af":
        st = word[:-2]
        return [word, st + "ой", st + "ой", st + "ую", st + "ой", st + "ой"]
    if cls == "an":
        st = word[:-2]
        ins = st + ("им" if st[-1] in SIBV else "ым")
        return [word, st + "ого", st + "ому", word, ins, st + "ом"]
    if cls == "apl":
        st = word[:-2]
        v = "ы" if word.endswith("ые") else "и"
        return [word, st + v + "х", st + v + "м", word, st + v + "ми", st + v + "х"]
    if cls == "egypt":
        return ["Египет", "Египта", "Египту", "Египет", "Египтом", "Египте"]
    raise ValueError(cls)


def decline_phrase(tokens):
    cols = []
    for t in tokens:
        if isinstance(t, tuple):
            cols.append(decl(*t))
        else:
            cols.append([t] * 6)
    return {c: " ".join(col[i] for col in cols) for i, c in enumerate(CASES)}


def ru_in(pre, na=False):
    if na:
        return "на " + pre
    if pre[0] in "ВвФф" and pre[1] not in "аеёиоуыэюя":
        return "во " + pre
    return "в " + pre


def build_ru(code):
    us, uf = UN[code][6], UN[code][7]
    st, ft = RU[code]
    if ft is None:
        ft = st
    sc, fc = decline_phrase(st), decline_phrase(ft)
    out = {"unterm_short": us, "unterm_formal": uf}
    out["short"] = us
    out["formal"] = uf
    out["short_equals_formal"] = (us == uf)
    # sanity: nominative must equal the UN string (except nl descriptor form)
    if code != "nl":
        assert sc["nom"] == us, (code, sc["nom"], us)
    assert fc["nom"] == uf, (code, fc["nom"], uf)
    out["short_cases"] = sc
    out["formal_cases"] = fc
    out["short_in"] = ru_in(sc["pre"], code in RU_NA)
    out["formal_in"] = ru_in(fc["pre"])
    out["citizenship"] = {"m": "гражданин " + fc["gen"], "f": "гражданка " + fc["gen"]}
    if code == "gb":
        out["later_cases"] = decline_phrase([("Соединенное", "an"), ("Королевство", "n")])
    if code == "us":
        out["later_cases"] = decline_phrase([("Соединенные", "apl"), ("Штаты", "pl")])
    if code == "nl":
        out["short_cases_note"] = ("short_cases decline the plain name 'Нидерланды'; "
                                   "in running text UN usage is the formal 'Королевство Нидерландов'.")
    return out


# ---------------------------------------------------------------- Arabic
def ar_li(name):
    if name.startswith("ال"):
        return "لل" + name[2:]
    return "ل" + name


def build_ar(code):
    us, uf = UN[code][10], UN[code][11]
    out = {"unterm_short": us, "unterm_formal": uf}
    short = us
    if code == "nl":
        short = "مملكة هولندا"
        out["plain"] = "هولندا"
    out["short"] = short
    out["formal"] = uf
    out["short_equals_formal"] = (us == uf)
    if code == "gb":
        out["later"] = "المملكة المتحدة"
    if code == "us":
        out["later"] = "الولايات المتحدة"
    out["short_li"] = ar_li(short)
    out["formal_li"] = ar_li(uf)
    nis = AR_NISBA[code]
    if nis:
        out["nationality"] = {"m": nis, "f": nis + "ة"}
    else:
        out["nationality"] = {"m": "من " + us, "f": "من " + us}
    out["nationality_phrase"] = {"m": "يحمل جنسية " + uf, "f": "تحمل جنسية " + uf}
    return out


# ---------------------------------------------------------------- Chinese
def build_zh(code):
    us, uf = UN[code][8], UN[code][9]
    out = {"short": us, "formal": uf, "short_equals_formal": us == uf,
           "nationality": ZH_COMMON[code] + "国籍"}
    if code == "gb":
        out["later"] = "联合王国"
    if code == "us":
        out["later"] = "美国"
    if code == "nl":
        out["plain"] = "荷兰"
    return out


# ---------------------------------------------------------------- English
def build_en(code):
    us, uf = UN[code][0], UN[code][1]
    name, art = split_paren(us)
    out = {"unterm_short": us, "unterm_formal": uf}
    if code == "nl":
        out["short"] = us
        out["short_the"] = "the Kingdom of the Netherlands"
        out["plain"] = "the Netherlands"
    else:
        out["short"] = name
        out["short_the"] = ("the " + name) if art == "the" else name
    fart, fname = split_lead_article(uf, ("the",))
    out["formal"] = fname
    out["formal_the"] = uf
    out["short_equals_formal"] = (out["short"] == fname)
    out["nationality"] = NAT[code][0]
    out["national_of"] = "a national of " + uf
    if code == "gb":
        out["later"] = "the United Kingdom"
    if code == "us":
        out["later"] = "the United States"
    return out


BUILDERS = {"en": build_en, "fr": build_fr, "es": build_es, "pt": build_pt,
            "ru": build_ru, "ar": build_ar, "zh": build_zh}


def build():
    data = {}
    for code in ORDER:
        e = {}
        if (code, "*") in NOTES:
            e["note"] = NOTES[(code, "*")]
        for lang, fn in BUILDERS.items():
            d = fn(code)
            if (code, lang) in UNSURE:
                d["unsure"] = UNSURE[(code, lang)]
            if (code, lang) in NOTES:
                d["note"] = NOTES[(code, lang)]
            e[lang] = d
        data[code] = e
    return data


# ---------------------------------------------------------------- YAML out
FIELD_KEYS = set("""unterm_short unterm_formal short formal short_equals_formal
short_forms formal_forms the of to in gender number nationality national_of
short_cases formal_cases nom gen dat acc ins pre short_in formal_in citizenship
short_li formal_li nationality_phrase later plain short_the formal_the note
unsure short_cases_note m f en fr es pt ru ar zh""".split())


class Q(str):
    pass


def _str_rep(dumper, s):
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')


def _old_str_rep(dumper, s):
    if s in FIELD_KEYS and s not in ("m", "f", "in", "to", "of", "the", "pre"):
        return dumper.represent_scalar("tag:yaml.org,2002:str", s)
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style='"')


class Dumper(yaml.SafeDumper):
    pass


Dumper.add_representer(str, _str_rep)

HEADER = """\
# state_names.yaml - names of States for letters of request (MLA in criminal matters)
# Reviewed table; see sources.md (what each form rests on) and review.md.
# Keys: ISO 3166-1 alpha-2 (lower case). All strings are quoted.
# en/fr/es/ru/zh/ar: UN terminology (UNTERM / UN country names list of the
#   Protocol and Liaison Service). unterm_short / unterm_formal reproduce the UN
#   strings as listed (short form with its article in parentheses).
# pt: EU Interinstitutional Style Guide (Código de Redação Interinstitucional),
#   European Portuguese spelling; the UN has no Portuguese list.
# short_forms / formal_forms: the name with the article and preposition
#   contractions a sentence needs (the, of, to, in), with gender (m/f) and
#   number (sg/pl) of the name for agreement.
# ru: short_cases / formal_cases = six cases (nom gen dat acc ins pre); the
#   prepositional is given without preposition; *_in adds в/во/на.
# ar: formal = the formal name as written in running text (definite either by
#   the article ال or by construct state); *_li = with the preposition لـ.
# unsure: "<why>" marks an entry that a human reviewer must check.
"""


def main(path):
    data = build()
    body = yaml.dump(data, Dumper=Dumper, allow_unicode=True, sort_keys=False,
                     width=4096, default_flow_style=False)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        fh.write(body)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "state_names.yaml")
