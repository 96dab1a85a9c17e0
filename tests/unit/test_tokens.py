"""Design tokens: enough contrast in both themes, and no colour spelled anywhere else."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deskcoach.ui import tokens
from deskcoach.ui.tokens import DARK, LIGHT, contrast, luminance, pairs

ROOT = Path(__file__).resolve().parents[2]
_LITERALS = (
    re.compile(r"#[0-9a-fA-F]{6}(?:[0-9a-fA-F]{2})?\b"),  # #rrggbb, #rrggbbaa
    re.compile(r"[:'\"]\s*#[0-9a-fA-F]{3}\b"),  # "#abc", "color: #abc;"
    re.compile(r"\brgba?\s*\("),
    re.compile(r"\bQColor\(\s*[0-9'\"]"),
    re.compile(r"Qt\.GlobalColor\.(?!transparent\b)\w+"),
    re.compile(r"(?:color|background)\s*[:=]\s*['\"]?(?!palette\b|transparent\b|none\b)"
               r"[a-z]+\b['\";]"),
    re.compile(r"\b(?:background|foreground|brush|color)\s*=\s*['\"][a-z]['\"]"),  # pg "w"
    re.compile(r"mkPen\(\s*['\"][a-z]"),
)


def test_the_luminance_and_contrast_formula_matches_worked_values() -> None:
    # WCAG's own extremes, and #777777 on white, which is 4.48:1 (a well-known near miss)
    assert luminance("#ffffff") == pytest.approx(1.0)
    assert luminance("#000000") == 0.0
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#777777") == contrast("#777777", "#ffffff")


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_every_used_pair_meets_wcag_aa(theme: tokens.Colours) -> None:
    checked = pairs(theme)
    assert len(checked) >= 20
    failures = [f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
                for what, fg, bg, large in checked
                if contrast(fg, bg) < (3.0 if large else 4.5)]
    assert failures == []


def test_the_two_themes_have_the_same_tokens_and_differ() -> None:
    assert LIGHT.name == "light"
    assert DARK.name == "dark"
    assert luminance(LIGHT.window) > 0.8 > 0.05 > luminance(DARK.window)
    assert len(set(LIGHT.series)) == len(set(DARK.series)) == 5


def test_the_print_sizes_are_readable_body_text() -> None:
    assert 10.0 <= tokens.PRINT_TYPE["body"] <= 11.0


def _offending_lines(path: Path) -> list[str]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if any(p.search(line) for p in _LITERALS):
            out.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return out


def test_no_colour_literal_outside_the_token_module() -> None:
    files = [p for p in sorted((ROOT / "deskcoach").rglob("*.py"))
             if p.name != "tokens.py"]
    assert len(files) > 40
    found = [line for path in files for line in _offending_lines(path)]
    assert found == []


def test_the_literal_check_finds_what_it_is_meant_to(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('a = "#1e88e5"\nb = QColor(40, 40, 40)\nc = "color: #fff;"\n'
                      'd = Qt.GlobalColor.white\ne = "color: red;"\nf = pg.mkPen("w")\n'
                      'g = Qt.GlobalColor.transparent\nh = "# see issue #529"\n'
                      'i = "color: palette(placeholder-text);"\nj = QColor(theme.text)\n',
                      encoding="utf-8")
    lines = [line.split(": ", 1)[1] for line in _offending_lines_at(sample)]
    assert lines == ['a = "#1e88e5"', "b = QColor(40, 40, 40)", 'c = "color: #fff;"',
                     "d = Qt.GlobalColor.white", 'e = "color: red;"', 'f = pg.mkPen("w")']


def _offending_lines_at(path: Path) -> list[str]:
    return [f"{path.name}:{n}: {line.strip()}"
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if any(p.search(line) for p in _LITERALS)]


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=lambda t: t.name)
def test_the_figure_reads_on_its_paper_in_both_themes(theme: tokens.Colours) -> None:
    paper = theme.art_backdrop
    assert contrast(tokens.FIGURE["ink"], paper) >= 4.5  # outlines
    assert contrast(tokens.FIGURE["accent"], paper) >= 3.0  # cue arrows
    assert contrast(tokens.FIGURE["prop_line"], paper) >= 3.0
