"""How a moment is shown (`views.When`): its own zone, or the site's, and never another's."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from generator.render.views import When

NOON = datetime(2024, 11, 20, 12, 0, tzinfo=UTC)


def test_equal_instants_in_two_zones_show_each_its_own_zone():
    kyiv_offset = NOON.astimezone(timezone(timedelta(hours=2)))
    assert kyiv_offset == NOON  # equal datetimes: the formatting must not be shared between them
    assert When.of(NOON).display == "20 November 2024, 12:00 UTC"
    assert When.of(kyiv_offset).display == "20 November 2024, 14:00 UTC+02:00"
    assert When.of(NOON).display == "20 November 2024, 12:00 UTC"


def test_the_sites_zone_and_date_only_moments():
    kyiv = ZoneInfo("Europe/Kyiv")
    assert When.of(NOON, kyiv).display == "20 November 2024, 14:00 EET"
    assert When.of(NOON, kyiv).iso == "2024-11-20T14:00:00+02:00"
    assert When.of(NOON, kyiv, date_only=True) == When("2024-11-20", "20 November 2024", "20 November 2024")


def test_a_repeated_wall_time_keeps_its_fold():
    london = ZoneInfo("Europe/London")
    first = datetime(2024, 10, 27, 1, 30, tzinfo=london)  # 01:30 BST, then 01:30 GMT again
    second = first.replace(fold=1)
    assert When.of(first).display == "27 October 2024, 01:30 BST"
    assert When.of(second).display == "27 October 2024, 01:30 GMT"
