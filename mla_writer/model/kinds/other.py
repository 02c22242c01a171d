"""The kind `other`: Other assistance."""

from __future__ import annotations

from typing import Literal

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase
from mla_writer.model.kinds.spec import E, KindSpec, requirement


class OtherAssistance(AssistanceBase):
    """Any other assistance not contrary to the requested State's law."""

    type: Literal["other"]


SPEC = KindSpec(
    model=OtherAssistance,
    position=1000,
    title=L_("Other assistance"),
    label=N_("Other assistance"),
    item_name=N_("other assistance"),
    questions={},
    letter=(),
    requirements=(
        requirement("description", E, F_("Describe precisely the assistance requested.")),
    ),
    description_required=True,
)
