"""Assemble N/labels.yaml from src/labels/*.yaml, adding files, word counts and `complete`."""
import os, yaml
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["identification", "prior_contact", "other_channels", "acknowledgement", "urgency",
        "confidentiality", "legal_basis", "facts", "offences", "assistance", "relevance",
        "procedures", "presence_of_officials", "language"]
out = {"author": "N", "letters": {}}
for f in sorted(os.listdir(os.path.join(HERE, "src", "labels"))):
    name = f[:-5]
    d = yaml.safe_load(open(os.path.join(HERE, "src", "labels", f), encoding="utf-8"))
    files = [name + ext for ext in (".docx", ".txt", ".pdf") if os.path.exists(os.path.join(HERE, name + ext))]
    assert name + ".txt" in files, name
    words = len(open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split())
    pts = d["points"]
    assert list(pts) == KEYS, (name, list(pts))
    for k, v in pts.items():
        assert v["status"] in ("ok", "partial", "missing"), (name, k)
        assert v.get("why"), (name, k)
    complete = all(v["status"] == "ok" for v in pts.values())
    out["letters"][name] = {
        "files": files, "language": d["language"], "requesting": d["requesting"],
        "requested": d["requested"], "style": d["style"], "words": words,
        "complete": complete, "traps": d.get("traps", []), "points": pts}
with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
    fh.write("author: N\nletters:\n")
    for name, L in out["letters"].items():
        fh.write("  %s:\n" % name)
        fh.write("    files: [%s]\n" % ", ".join(L["files"]))
        for k in ("language", "requesting", "requested"):
            fh.write("    %s: %s\n" % (k, L[k]))
        fh.write("    style: %s\n" % yaml.safe_dump(L["style"], allow_unicode=True, width=1000).strip().removesuffix("\n...").strip())
        fh.write("    words: %d\n    complete: %s\n    traps:\n" % (L["words"], str(L["complete"]).lower()))
        for t in L["traps"]:
            fh.write("      - %s\n" % yaml.safe_dump(t, allow_unicode=True, width=1000).strip().removesuffix("...").strip())
        fh.write("    points:\n")
        for k in KEYS:
            p = L["points"][k]
            why = p["why"].replace("\\", "\\\\").replace('"', '\\"')
            fh.write('      %s: {status: %s, why: "%s"}\n' % (k, p["status"], why))
check = yaml.safe_load(open(os.path.join(HERE, "labels.yaml"), encoding="utf-8"))
assert check["letters"].keys() == out["letters"].keys()
for n, L in check["letters"].items():
    assert L["points"] == out["letters"][n]["points"], n
    gaps = [k for k, v in L["points"].items() if v["status"] != "ok"]
    print(n, L["language"], L["words"], "complete" if L["complete"] else "gaps: " + ", ".join(
        "%s(%s)" % (k, L["points"][k]["status"]) for k in gaps), "|", " ".join(L["files"]))
print(len(check["letters"]), "letters;", sum(L["complete"] for L in check["letters"].values()), "complete")
