"""The local time zone: named from /etc/localtime's link where it can be, tzlocal otherwise."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import tzlocal

from deskcoach.services.clock import LOCALTIME, local_zone

ZONEINFO = Path("/usr/share/zoneinfo")
needs_zoneinfo = pytest.mark.skipif(not (ZONEINFO / "Europe/Berlin").is_file(),
                                    reason="the system's zoneinfo database is not installed")


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """tzlocal replaced by a recorder that answers New York."""
    calls: list[str] = []

    def fake() -> ZoneInfo:
        calls.append("tzlocal")
        return ZoneInfo("America/New_York")

    monkeypatch.setattr(tzlocal, "get_localzone", fake)
    monkeypatch.delenv("TZ", raising=False)
    return calls


@needs_zoneinfo
def test_a_link_into_the_zoneinfo_database_names_the_zone(tmp_path: Path,
                                                          asked: list[str]) -> None:
    link = tmp_path / "localtime"
    link.symlink_to(ZONEINFO / "Europe/Berlin")
    zone = local_zone(str(link))
    assert zone == ZoneInfo("Europe/Berlin")
    assert asked == []
    # its rules, not one offset: summer and winter differ
    assert datetime(2026, 7, 1, 12, tzinfo=zone).utcoffset() != datetime(
        2026, 1, 1, 12, tzinfo=zone).utcoffset()


@needs_zoneinfo
def test_tz_set_a_copied_file_or_an_unknown_zone_are_left_to_tzlocal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    link = tmp_path / "localtime"
    link.symlink_to(ZONEINFO / "Europe/Berlin")
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert local_zone(str(link)) == ZoneInfo("America/New_York")
    monkeypatch.delenv("TZ")
    copied = tmp_path / "copied"
    copied.write_bytes((ZONEINFO / "Europe/Berlin").read_bytes())
    assert local_zone(str(copied)) == ZoneInfo("America/New_York")
    elsewhere = tmp_path / "zoneinfo" / "Nowhere" / "Town"
    elsewhere.parent.mkdir(parents=True)
    elsewhere.write_bytes(b"not a zone")
    unknown = tmp_path / "unknown"
    unknown.symlink_to(elsewhere)
    assert local_zone(str(unknown)) == ZoneInfo("America/New_York")
    assert local_zone(str(tmp_path / "missing")) == ZoneInfo("America/New_York")
    assert asked == ["tzlocal"] * 4


def test_this_machine_gets_the_zone_tzlocal_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TZ", raising=False)
    if not Path(LOCALTIME).is_symlink():
        pytest.skip(f"{LOCALTIME} is not a link here: the zone comes from tzlocal itself")
    assert local_zone() == tzlocal.reload_localzone()
