"""The kind `stored_data_production`: Obtain stored computer data (subscriber, traffic, content)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field

from mla_writer.i18n import L_, N_
from mla_writer.message import F_
from mla_writer.model.assistance import AssistanceBase, DataIdentifier
from mla_writer.model.common import Prose, ShortProse, ShortText, Text
from mla_writer.model.dates import PeriodEnd, PeriodStart
from mla_writer.model.kinds.spec import E, KindSpec, listed, requirement, says, told

# The categories of data that run over time and need a stronger showing, as a case file may name
# them in any letter language ("content", "contenu", "содержание", "محتوى", "内容"...).
_CONTENT = re.compile(
    r"content|contenu|contenido|conteúdo|conteudo|содержан|содержим|محتو|内容", re.I
)
_TRAFFIC = re.compile(
    r"traffic|trafic|tráfico|trafico|tráfego|trafego|трафик|соединени|حركة|流量|通信记录|通联",
    re.I,
)


class StoredDataProduction(AssistanceBase):
    """Production of stored computer data."""

    type: Literal["stored_data_production"]
    provider: Text | None = None
    identifiers: list[DataIdentifier] = []
    data_categories: list[ShortProse] = Field(
        default=[], description=N_("subscriber information, traffic data, content.")
    )
    period_from: PeriodStart | None = None
    period_to: PeriodEnd | None = None
    preservation_reference: ShortText | None = None
    content_justification: Prose | None = Field(
        default=None,
        description=N_(
            "Where content is sought: the facts that show it holds evidence of the offence."
        ),
    )

    def asks_for_content(self) -> bool:
        return any(_CONTENT.search(category) for category in self.data_categories)

    def asks_for_traffic(self) -> bool:
        return any(_TRAFFIC.search(category) for category in self.data_categories)


SPEC = KindSpec(
    model=StoredDataProduction,
    position=140,
    title=L_("Production of stored computer data"),
    label=N_("Obtain stored computer data (subscriber, traffic, content)"),
    item_name=N_("stored data"),
    questions={
        "provider": N_("Which service provider or custodian holds the data?"),
        "identifiers": N_("Account number, IBAN or other identifier"),
        "data_categories": N_("Category of data (subscriber information, traffic data, content)"),
        "period_from": N_("Period covered"),
        "period_to": N_("Period covered: its last day"),
        "preservation_reference": N_("Reference of an earlier preservation request, if any"),
        "content_justification": N_(
            "If content is sought: the facts showing the account holds evidence of the offence"
        ),
    },
    letter=(
        says("provider", L_("The data are held by %(value)s.")),
        listed("identifiers", L_("The data relate to the following identifiers:")),
        listed("data_categories", L_("The following data are requested:")),
        says("period_from", L_("The request covers the period %(value)s.")),
        says("preservation_reference", L_("The data were preserved under reference %(value)s.")),
        told(
            "content_justification",
            L_("The following facts show that the data sought hold evidence of the offences:"),
        ),
    ),
    requirements=(
        requirement("provider", E, F_("Name the service provider or custodian of the data.")),
        requirement(
            "identifiers", E, F_("Give the accounts, addresses or numbers whose data is sought.")
        ),
        requirement(
            "data_categories",
            E,
            F_("Say which data is sought: subscriber information, traffic data or content."),
        ),
    ),
    wizard_help={"identifiers": ""},
)
