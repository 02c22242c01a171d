"""The case's free text in other languages: which fields to translate, exchange with translators
(XLIFF 1.2, or gettext PO), and the case as it reads in another language.

A case's free text (facts, reasons, descriptions, law text...) is typed in one language,
`language.original`. The fixed phrases of a letter come in every letter language from the
catalogs, but the free text only from a translator: `translations` in the case file holds it per
language and field. A letter is never written with free text in another language than its own,
unless it is a draft, where each such text is marked.

Which fields are free text is said once, in the model (`Prose`, `ShortProse` in
`mla_writer/model/common.py`). Names of persons and companies, identifiers, postal addresses,
codes and dates are kept as typed in every language.

Every translation records a fingerprint of the original text it was made from, so that a
translation made before the original changed is caught as outdated instead of being used.

Modules: `fields` (which fields are free text, which lack a current translation), `localize` (the
case in another language), `units` (what a translation file holds), `xliff` and `po` (the two file
formats), `exchange` (export, read back), `importing` (check a translator's file and merge it),
`splice` (write the translations into the case file's YAML, keeping its layout).
"""
