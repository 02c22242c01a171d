"""The case's free text in other languages: which fields to translate, exchange with translators
(XLIFF 1.2, or gettext PO), and the case as it reads in another language.

A case's free text (facts, reasons, descriptions, law text...) is typed in one language,
`language.original`. The fixed phrases of a letter come in every letter language from the
catalogs, but the free text only from a translator: `translations` in the case file holds it per
language and field. A letter is never written with free text in another language than its own,
unless it is a draft, where each such text is marked.

Every text of a case is translated but for those one table lists (`kept`): names of persons and
companies, e-mail addresses, telephone, account and document numbers, keys, and the codes the
letter writes in its own language (States, languages, currencies, instruments); a reference is
translated once it holds words. Dates are written by the letter in its language.

Every translation records a fingerprint of the original text it was made from, so that a
translation made before the original changed is caught as outdated instead of being used.

Modules: `kept` (the table of texts kept as typed, and the walk that finds the others), `fields`
(which texts a case holds to translate, which lack a current translation), `localize` (the
case in another language), `units` (what a translation file holds), `xliff` and `po` (the two file
formats), `exchange` (export, read back), `importing` (check a translator's file and merge it),
`splice` (write the translations into the case file's YAML, keeping its layout).
"""
