"""Exports for the supervisor: what is shared, and only that, in every format, safely."""

from __future__ import annotations

import datetime as dt
import re
import stat
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lederbog.cli import main
from lederbog.export import html, markdown, toml_format
from lederbog.export.gather import gather
from lederbog.export.model import Export
from lederbog.frameworks import load_all
from lederbog.model.records import (
    Assessment,
    CheckIn,
    FrameworkChoice,
    Goal,
    Profile,
    Reflection,
)
from lederbog.store.store import Store

TZ = dt.timezone(dt.timedelta(hours=1))
CREATED = dt.datetime(2026, 1, 5, 9, 30, tzinfo=TZ)
HOSTILE = (
    '<script>alert(1)</script> </style> "><img src=x onerror=alert(1)> '
    "**fed** [link](http://evil.example) [bold]rich[/] \x1b]0;title\x07"
)
PRIVATE_TEXT = "Privat: Jens græd efter mødet, og jeg vidste ikke hvad jeg skulle sige."
PRIVATE_TAG = "hemmeligt-tag"
PRIVATE_PROMPT = "Hvem har du været urimelig over for?"
SHARED_TEXT = "Delt: teammødet fik en fast dagsorden, og vi sluttede til tiden."


def _records() -> dict[str, list[object]]:
    goal = Goal(
        id="bedre-teammoeder",
        created=CREATED,
        framework="stuk",
        area="driftsledelse",
        title="Bedre teammøder",
        why="Møderne løber over tid.",
        success="Vi slutter til tiden hver uge.",
        due=dt.date(2026, 12, 20),
        items=["driftsledelse-1"],
        checkins=[
            CheckIn(dt.date(2026, 3, 1), 20, "Dagsorden sendt ud."),
            CheckIn(dt.date(2026, 6, 1), 60, "Halvdelen af møderne til tiden."),
        ],
    )
    hostile_goal = Goal(
        id="hostile", created=CREATED, framework="stuk", area="faglig-ledelse", title=HOSTILE
    )
    private = Reflection(
        id="aaaa0001",
        created=CREATED,
        date=dt.date(2026, 5, 2),
        text=PRIVATE_TEXT,
        areas=["stuk/personaleledelse-og-udvikling"],
        tags=[PRIVATE_TAG],
        prompt=PRIVATE_PROMPT,
    )
    shared = Reflection(
        id="aaaa0002",
        created=CREATED,
        date=dt.date(2026, 6, 2),
        text=SHARED_TEXT,
        areas=["stuk/driftsledelse"],
        tags=["møder"],
        shared=True,
    )
    hostile = Reflection(
        id="aaaa0003", created=CREATED, date=dt.date(2026, 6, 3), text=HOSTILE, shared=True
    )
    assessment = Assessment(
        id="bbbb0001",
        created=CREATED,
        date=dt.date(2026, 4, 1),
        framework="stuk",
        scores={"driftsledelse": 3, "faglig-ledelse": 4},
        notes={"driftsledelse": "Mere struktur."},
    )
    return {
        "goals": [goal, hostile_goal],
        "reflections": [private, shared, hostile],
        "assessments": [assessment],
    }


@pytest.fixture
def export() -> Export:
    records = _records()
    return gather(
        profile=Profile(
            name="Mette Holm",
            organisation="STUK",
            frameworks=[FrameworkChoice("stuk", "teamleder")],
        ),
        frameworks=load_all(None),
        goals=records["goals"],  # type: ignore[arg-type]
        reflections=records["reflections"],  # type: ignore[arg-type]
        assessments=records["assessments"],  # type: ignore[arg-type]
        since=dt.date(2026, 1, 1),
        until=dt.date(2026, 11, 30),
        generated=CREATED,
    )


RENDERERS = {"html": html.render, "md": markdown.render, "toml": toml_format.render}


@pytest.mark.parametrize("fmt", RENDERERS)
def test_a_private_reflection_is_in_no_format(export: Export, fmt: str) -> None:
    written = RENDERERS[fmt](export)
    for private in (PRIVATE_TEXT, "Jens græd", PRIVATE_TAG, PRIVATE_PROMPT):
        assert private not in written
    assert "teammødet fik en fast dagsorden" in written
    assert "Bedre teammøder" in written


@pytest.mark.parametrize("fmt", RENDERERS)
def test_the_count_of_what_was_left_out(export: Export, fmt: str) -> None:
    written = RENDERERS[fmt](export)
    if fmt == "toml":
        doc = tomllib.loads(written)
        assert (doc["reflections_shared"], doc["reflections_total"]) == (2, 3)
        assert len(doc["reflections"]) == 2
    else:
        assert "2 af 3 refleksioner i perioden er delt" in written


def test_the_private_reflection_leaves_no_trace_by_area(export: Export) -> None:
    # Its area has nothing else in the period: it must not even appear as a heading.
    for fmt in ("html", "md"):
        written = RENDERERS[fmt](export)
        assert "Personaleledelse og udvikling" not in written, fmt
    # The TOML names every area of the framework (for a reader without it), no more.
    doc = tomllib.loads(toml_format.render(export))
    keys = {"id", "date", "text", "areas", "goals", "items", "tags", "prompt"}
    assert all(set(r) <= keys for r in doc["reflections"])
    assert all("personaleledelse" not in str(r) for r in doc["reflections"])


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_html_is_self_contained_and_has_no_script(export: Export) -> None:
    page = html.render(export)
    parser = _Tags()
    parser.feed(page)
    names = {tag for tag, _ in parser.tags}
    assert not names & {"script", "link", "img", "iframe", "object", "embed", "a", "base"}
    for tag, attrs in parser.tags:
        for name, _ in attrs:
            assert name not in ("src", "href") and not name.startswith("on"), (tag, name)
    assert "url(" not in page and "@import" not in page


def test_hostile_text_shows_as_typed_in_html(export: Export) -> None:
    page = html.render(export)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;/style&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "**fed**" in page and "[bold]rich[/]" in page
    assert "\x1b" not in page and "\x07" not in page
    assert page.count("<style>") == 1 and page.count("</style>") == 1


def test_hostile_text_shows_as_typed_in_markdown(export: Export) -> None:
    text = markdown.render(export)
    assert not re.search(r"(?<!\\)<", text)  # every < a person wrote is escaped
    assert r"\<script\>alert(1)\</script\>" in text
    assert r"\*\*fed\*\*" in text and r"\[link\](http://evil.example)" in text
    assert "\x1b" not in text


def test_markdown_keeps_dates_readable(export: Export) -> None:
    text = markdown.render(export)
    assert "Periode: 1. jan. 2026 – 30. nov. 2026" in text
    assert "- 1. jun. 2026: 60 % — Halvdelen af møderne til tiden." in text


def test_toml_names_what_it_refers_to(export: Export) -> None:
    doc = tomllib.loads(toml_format.render(export))
    assert doc["kind"] == "lederbog-export" and doc["schema"] == 1
    stuk = doc["frameworks"][0]
    assert stuk["title"] == "Det fælles ledelsesgrundlag for STUK"
    assert stuk["role_title"] == "Teamleder"
    areas = {a["id"]: a["title"] for a in stuk["areas"]}
    assert areas["driftsledelse"] == "Driftsledelse"
    assert [i["id"] for i in stuk["items"]] == ["driftsledelse-1"]
    goal = next(g for g in doc["goals"] if g["id"] == "bedre-teammoeder")
    assert goal["progress"] == 60 and len(goal["checkins"]) == 2


def test_html_has_a_chart_per_checked_in_goal_and_rated_area(export: Export) -> None:
    page = html.render(export)
    assert page.count("<svg") == 3  # one goal with check-ins, two rated areas


# --- the command ------------------------------------------------------------------


@pytest.fixture
def leader(data_dir: Path) -> Store:
    store = Store(data_dir)
    store.save(
        Profile(
            name="Mette Holm",
            organisation="STUK",
            frameworks=[FrameworkChoice("stuk", "teamleder")],
        )
    )
    for kind in _records().values():
        for record in kind:
            store.save(record)  # type: ignore[arg-type]
    return store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_writes_a_private_file_and_never_over_another(
    leader: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mette.html"
    code, out, _ = run(capsys, "export", "--since", "2026-01-01", "-o", str(target))
    assert code == 0 and str(target) in out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert SHARED_TEXT in target.read_text("utf-8")
    target.write_text("the supervisor's notes")
    code, _, err = run(capsys, "export", "-o", str(target))
    assert code == 1 and "findes allerede; intet er skrevet" in err  # in Danish, as all else
    assert target.read_text() == "the supervisor's notes"
    code, _, _ = run(capsys, "export", "--since", "2026-01-01", "-o", str(target), "--force")
    assert code == 0 and SHARED_TEXT in target.read_text("utf-8")


def test_export_without_o_goes_to_the_documents_folder(
    leader: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "export", "--format", "md", "--until", "2026-11-30")
    expected = tmp_path / "documents" / "lederbog-mette-holm-2026-11-30.md"
    assert code == 0 and expected.exists() and str(expected) in out


def test_an_empty_period_still_exports_and_says_so(
    leader: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "empty.md"
    code, _, err = run(
        capsys,
        "export",
        "--format",
        "md",
        "--since",
        "2020-01-01",
        "--until",
        "2020-12-31",
        "-o",
        str(target),
    )
    assert code == 0 and target.exists()
    assert "ingen mål" in err and "ingen mål" in target.read_text("utf-8")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--since", "2026-13-01"], "--since"),
        (["--since", "2026-06-01", "--until", "2026-01-01"], "vendt om"),
    ],
)
def test_a_bad_period_is_one_line(
    leader: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "export", *argv, "-o", str(tmp_path / "x.md"))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "x.md").exists()
