"""The five bundled frameworks: they load, have their source's structure, and
every text in them is the source's own words.

The sources are kept in tests/fixtures/seeds (copies of the documents the
frameworks were encoded from), so this test can compare word for word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lederbog.frameworks import FrameworkSet, load_all
from lederbog.model.framework import Framework

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"
SOURCE_OF = {
    "maelkeboettecentret": "000_a3e80d692cb2f13d.txt",
    "kodeks": "001_aae85e558e2dc4cb.txt",
    "socialafdelingen": "002_0e9eb2002118627b.txt",
    "stuk": "003_3e73a25973f8fc7b.txt",
    "laeringskultur": "004_37a561eb51c20992.txt",
}


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> FrameworkSet:
    # Module-scoped, so it runs before the per-test folders exist: give it a cache of its own
    # (the session's environment already points away from the real one; see conftest.py).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LEDERBOG_CACHE_DIR", str(tmp_path_factory.mktemp("bundled-cache")))
        return load_all(None)


def get(bundled: FrameworkSet, framework_id: str) -> Framework:
    framework = bundled.get(framework_id)
    assert framework is not None, f"{framework_id} did not load"
    return framework


def normalised(text: str) -> str:
    """Text with extraction damage undone: tags, bullets and line breaks."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("•", " ").replace("\uf0b7", " ")
    return " ".join(text.split())


def test_all_five_load_without_problems(bundled: FrameworkSet) -> None:
    assert bundled.problems == []
    assert sorted(f.id for f in bundled) == sorted(SOURCE_OF)
    for framework in bundled:
        assert framework.bundled
        assert framework.language == "da"
        assert framework.source, framework.id
        for area in framework.areas:
            assert area.prompt, f"{framework.id}/{area.id} has no reflection prompt"


@pytest.mark.parametrize("framework_id", sorted(SOURCE_OF))
def test_every_text_is_verbatim_from_the_source(bundled: FrameworkSet, framework_id: str) -> None:
    source = normalised((SEEDS / SOURCE_OF[framework_id]).read_text(encoding="utf-8"))
    framework = get(bundled, framework_id)
    texts = [item.text for _, item in framework.all_items()]
    texts += [item.text for reference in framework.lists for item in reference.items]
    texts += [item.title for _, item in framework.all_items() if item.title]
    assert texts
    for text in texts:
        for paragraph in text.split("\n\n"):
            assert normalised(paragraph) in source, (
                f"{framework_id}: not in the source: {paragraph!r}"
            )


def role_counts(framework: Framework, area_id: str) -> list[int]:
    area = framework.area(area_id)
    assert area is not None, area_id
    return [sum(1 for item in area.items if item.role == role.id) for role in framework.roles]


def test_stuk_has_five_disciplines_and_four_levels(bundled: FrameworkSet) -> None:
    stuk = get(bundled, "stuk")
    assert [r.title for r in stuk.roles] == [
        "Styrelsesdirektør",
        "Vicedirektør",
        "Kontorchef",
        "Teamleder",
    ]
    assert [a.title for a in stuk.areas] == [
        "Strategisk ledelse",
        "Driftsledelse",
        "Faglig ledelse",
        "Personaleledelse og udvikling",
        "Udvikling af dig selv som leder",
    ]
    expected = {
        "strategisk-ledelse": ([5, 7, 5, 6], 8),
        "driftsledelse": ([4, 4, 5, 5], 7),
        "faglig-ledelse": ([2, 3, 5, 7], 7),
        "personaleledelse-og-udvikling": ([4, 4, 7, 6], 8),
        "udvikling-af-dig-selv-som-leder": ([3, 3, 4, 4], 7),
    }
    for area_id, (per_role, shared) in expected.items():
        assert role_counts(stuk, area_id) == per_role, area_id
        area = stuk.area(area_id)
        assert area is not None
        assert sum(1 for item in area.items if not item.role) == shared, area_id
    [effects] = [r for r in stuk.lists if r.id == "effektbillede"]
    assert len(effects.items) == 6
    teamleder = [i.text for i in stuk.areas[0].items_for("teamleder") if i.role]
    assert teamleder[0] == "Sikrer tilbageløb: Hvordan kan strategien realiseres?"


def test_kodeks_has_eleven_code_points(bundled: FrameworkSet) -> None:
    kodeks = get(bundled, "kodeks")
    assert kodeks.roles == ()
    assert [len(a.items) for a in kodeks.areas] == [5, 4, 5, 4, 5, 5, 4, 5, 5, 5, 3]
    assert kodeks.areas[0].title == "Jeg påtager mig mit lederskab"
    assert kodeks.areas[10].title == "Jeg ser min organisation som en del af en mangfoldig verden"
    assert all(area.title.startswith("Jeg ") for area in kodeks.areas)


def test_socialafdelingen_has_three_forms_four_roles_three_themes(bundled: FrameworkSet) -> None:
    social = get(bundled, "socialafdelingen")
    assert [r.title for r in social.roles] == [
        "Medarbejder",
        "Funktionsleder",
        "Centerleder",
        "Socialchef",
    ]
    assert [a.title for a in social.areas] == [
        "Personaleledelse",
        "Implementeringsledelse",
        "Tværgående ledelse",
    ]
    themes = {
        "personaleledelse": [
            "Understøtter en tryk og tillidsbaseret kultur",
            "Opbygger motiverende arbejdsfællesskab",
            "Udøver nærværende, autentisk og retfærdigt lederskab",
        ],
        "implementeringsledelse": [
            "Udviser forståelse for implementeringens kontekst",
            "Arbejder målrettet og fleksibelt med implementering",
            "Sikrer forankring og følger op",
        ],
        "tvaergaaende-ledelse": [
            "Skaber en samarbejdskultur",
            "Opbygger kendskab til, respekt for og tillid til andre",
            "Har et helhedsorienteret blik på opgaveløsningen",
        ],
    }
    for area in social.areas:
        assert [group for group, _ in area.groups()] == themes[area.id]
        for group, items in area.groups():
            # every role has at least one expectation under every theme
            assert {item.role for item in items} == {r.id for r in social.roles}, (area.id, group)
    assert {r.id: len(r.items) for r in social.lists} == {"kerneopgave": 1, "formaal": 4}


def test_maelkeboettecentret_keeps_values_balfis_objectives_and_maturity(
    bundled: FrameworkSet,
) -> None:
    mc = get(bundled, "maelkeboettecentret")
    [values] = [r for r in mc.lists if r.id == "vaerdier"]
    assert [i.text for i in values.items] == [
        "Dialog",
        "Gensidig menneskelig respekt",
        "Konfliktløsning",
        "Tolerance",
        "Mod",
        "Ansvarlighed",
        "Tydelighed",
    ]
    balfis = mc.area("psykologiske-jobkrav")
    assert balfis is not None
    capitals = "".join(
        next(c for c in i.text.split(" ", 1)[-1] if c.isupper()) for i in balfis.items
    )
    assert capitals == "BALFIS"
    learning = mc.area("den-laerende-organisation")
    assert learning is not None and len(learning.items) == 11
    situational = mc.area("situationsbestemt-ledelse")
    assert situational is not None
    assert [(g, [i.title for i in items]) for g, items in situational.groups()] == [
        ("Faglig modenhed", ["Faglig viden", "Fagligt potentiale", "Planlægning", "Analyse"]),
        (
            "Mental parathed/motivation",
            ["Selvtillid", "Selvstændighed", "Engagement", "Arbejdsmoral"],
        ),
    ]
    focus = [a.title for a in mc.areas[:5]]
    assert focus == [
        "Ledelsens engagement",
        "Fokus på brugerne og medarbejderne",
        "Fokus på fakta (dokumentation)",
        "Løbende forbedringer/evalueringer/refleksion",
        "Alles deltagelse",
    ]
    assert "Bilag 1" in mc.source and "Bilag 3" in mc.source


def test_laeringskultur_keeps_the_quotes_and_who_said_them(bundled: FrameworkSet) -> None:
    culture = get(bundled, "laeringskultur")
    [quotes] = [r for r in culture.lists if r.id == "citater"]
    assert [q.by for q in quotes.items] == ["Klyngeleder", "Leder", "Leder", "Klyngeleder"]
    assert "ALDRIG bliver taget af brandslukning" in quotes.items[3].text
    for _, item in culture.all_items():
        assert item.by in {"Klyngeleder", "Leder"}


# What Lederbog wrote itself, named in each framework's `source`, in the reader's words.
ADDED_BY_LEDERBOG = {
    "maelkeboettecentret": ["”Værdier”"],
    "kodeks": [],
    "socialafdelingen": ["”Formål”"],
    "stuk": ["”Vi udøver god ledelse, når”", "bemærkningen i skarpe parenteser"],
    "laeringskultur": ["indledningen", "”Citater”"],
}
# Headings dropped or shortened: the source says so instead of "unchanged".
CHANGED_HEADINGS = {
    "maelkeboettecentret": ["”Bilag 3: Situationsbestemt ledelse”", "består af:"],
    "kodeks": ["numrene (1.–11.)"],
    "socialafdelingen": ["”Tværgående ledelse”"],
    "stuk": ["”Ledelsesdisciplinen”", "”Strukturen i ledelsesgrundlaget”"],
    "laeringskultur": ["Citattegnene"],
}


@pytest.mark.parametrize("framework_id", sorted(SOURCE_OF))
def test_every_source_names_what_lederbog_added(bundled: FrameworkSet, framework_id: str) -> None:
    framework = get(bundled, framework_id)
    source = framework.source
    added = source[source.index("Lederbog har tilføjet:") :]
    assert "spørgsmålene til refleksion" in added
    for phrase in ADDED_BY_LEDERBOG[framework_id]:
        assert phrase in added, (framework_id, phrase)
    if framework_id == "laeringskultur":
        for area in framework.areas:  # the areas and their titles are Lederbog's
            assert f"”{area.title}”" in added, area.title
    for phrase in CHANGED_HEADINGS[framework_id]:
        assert phrase in source, (framework_id, phrase)
    # Written for a reader: no encoder's notes, no English field names.
    for word in ("summary", "group", "prompt", "items", "title", "seed", "`"):
        assert not re.search(
            rf"\b{re.escape(word)}\b" if word.isalpha() else re.escape(word), source
        ), (
            framework_id,
            word,
        )


def test_a_text_ending_in_a_colon_is_followed_by_what_it_introduces(bundled: FrameworkSet) -> None:
    """Where a figure was lost after a lead-in, the reader is told; the five points of
    Mælkebøttecentret are listed again under their lead-in."""
    stuk = get(bundled, "stuk")
    after = stuk.summary.split("bliver bedre til:", 1)[1].lstrip("\n")
    assert after.startswith("[Her stod en figur, som ikke er med.")
    mc = get(bundled, "maelkeboettecentret")
    listed = mc.summary.split("Primært tages der udgangspunkt i:\n\n", 1)[1].split("\n\n")[0]
    assert listed.splitlines() == [f"- {area.title}" for area in mc.areas[:5]]
    social = get(bundled, "socialafdelingen")
    assert "- Personaleledelse\n- Implementeringsledelse\n- Tværgående ledelse" in social.summary
    culture = get(bundled, "laeringskultur")
    assert "”Lister › Citater”" in culture.summary
