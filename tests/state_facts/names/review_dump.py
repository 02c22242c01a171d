import yaml, sys
d = yaml.safe_load(open("state_names.yaml"))
lang = sys.argv[1]
for c, e in d.items():
    x = e[lang]
    if lang in ("fr", "es", "pt"):
        s, f = x["short_forms"], x["formal_forms"]
        print(f"{c} | {s['the']} | {s['of']} | {s['to']} | {s['in']} | {s['gender']}{s['number']} || {f['the']} | {f['of']} | {f['in']} | {f['gender']}{f['number']} || {x['nationality']['m']}/{x['nationality']['f']}")
    elif lang == "ru":
        s, f = x["short_cases"], x["formal_cases"]
        print(c, "|", " / ".join(s[k] for k in ("gen","dat","acc","ins","pre")), "|", x["short_in"])
        print("   F|", " / ".join(f[k] for k in ("gen","dat","acc","ins","pre")), "|", x["formal_in"])
    elif lang == "ar":
        print(c, "|", x["short"], "|", x["formal"], "|", x["formal_li"], "|", x["nationality"]["m"], "/", x["nationality"]["f"])
    elif lang == "zh":
        print(c, "|", x["short"], "|", x["formal"], "|", x["nationality"])
    elif lang == "en":
        print(c, "|", x["short_the"], "|", x["formal_the"], "|", x["nationality"], "|", x["short_equals_formal"])
