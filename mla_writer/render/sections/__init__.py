"""The parts of the letter of request, one writer per part, in the order the letter gives them.

Each module writes one part into the shared `Letter` (`shared.py`): `header` (page header and
footer), `cover` (acknowledgement of receipt, point 4), `notices` (urgency and confidentiality,
points 5 and 6), `opening` (addresses, references, date, subject, introduction), then the numbered
sections `authorities`, `legal_basis`, `channels`, `facts`, `persons`, `offences`, `assistance`,
`officials`, `language`, `undertakings`, and last `closing` (signature) and `annexes` (annexes and
the appendix of long law texts). `mla_writer.render.letter` calls them in that order.
"""
