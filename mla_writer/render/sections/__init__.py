"""The parts of the letter of request, one writer per part, in the order the letter gives them.

Each module writes one part into the shared `Letter` (`shared.py`), which numbers the letter's
paragraphs and resolves cross-references: `header` (page header and footer), `cover` (the
acknowledgement form, point 4), `opening` (addresses, flags, date, subject, the opening paragraphs
with the legal basis from `legal_basis`), `authorities` (the proceedings, with `channels`), `facts`,
`persons`, `offences`, `assistance`, `officials`, `notices` (confidentiality, then urgency),
`evidence` (where to send the evidence, contacts), `language`, `undertakings`, and last `closing`
(signature) and `annexes` (annexes and the appendix of long law texts).
`mla_writer.render.letter` calls them in that order.
"""
