"""A cleaner plugin, as a third party would write one: a filter and a site profile."""

from __future__ import annotations

from typing import Any

from cleaner import Document, Filter, Role

MARKER = "Sponsored by the Demo Plugin:"


def _label_sponsored(doc: Document) -> None:
    for block in doc.blocks:
        if block.role is Role.UNKNOWN and block.text.startswith(MARKER):
            block.label(Role.PROMO, "demo_sponsor", "sponsor line (demo plugin)")


SPONSOR_FILTER = Filter(
    "demo_sponsor", _label_sponsored, "lines a sponsor paid for (demo plugin)", after="teasers"
)

PROFILE: dict[str, Any] = {
    "name": "demo",
    "display_name": "Demo Aggregator",
    "hosts": ["demo-aggregator.test"],
    "aggregator_names": ["Demo Aggregator"],
    "fingerprints": ["read more on demo aggregator"],
    "chrome": {"promo": {"phrases": ["get the demo aggregator app"]}},
}
