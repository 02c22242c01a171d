"""Offences under investigation, with their penalties and the text of the law."""

from __future__ import annotations

from mla_writer.model.common import CaseModel, Prose, ShortProse


class Offence(CaseModel):
    name: ShortProse | None = None
    """e.g. "Trafficking in human beings"."""
    provision: ShortProse | None = None
    """The article and code, e.g. "Article 165(2)(a) of the Criminal Code of the Republic of Moldova"."""
    max_penalty: ShortProse | None = None
    """The maximum penalty the law provides, e.g. "imprisonment of 10 to 15 years"."""
    law_text: Prose | None = None
    """The text of the provision, quoted; or put it in an annex and name the annex below."""
    law_text_annex: ShortProse | None = None
    """The annex holding the text of the law when it is too long to quote."""
