"""The reference data of the quality bars: ten years of a leader's use.

3,650 reflections of about 150 words, 120 goals with 2,400 check-ins and 500
assessments, written as Lederbog's own record files (the same codec as the
program), plus the same 3,650 entries as a jrnl journal for the peer
benchmark. The data is the same for the same --seed.

    python benchmarks/generate.py OUT [--seed N]

OUT/data is a Lederbog data folder; OUT/jrnl holds journal.txt and jrnl.yaml.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
from pathlib import Path

from lederbog.frameworks import load_all
from lederbog.model.records import Assessment, CheckIn, FrameworkChoice, Goal, Profile, Reflection
from lederbog.store.codec import encode
from lederbog.store.store import Store

REFLECTIONS = 3650
GOALS = 120
CHECKINS_PER_GOAL = 20
ASSESSMENTS = 500
WORDS_PER_REFLECTION = 150
START = dt.date(2016, 1, 1)
ZONE = dt.timezone(dt.timedelta(hours=1))


def _words(text: str) -> list[str]:
    return text.split()


VOCABULARY = _words(
    "ledelse medarbejder møde feedback strategi drift faglighed team samarbejde tillid "
    "prioritering retning mening udvikling opgave borger kvalitet dialog ansvar mål "
    "forventning samtale trivsel forandring implementering kultur læring refleksion "
    "beslutning kommunikation ressourcer årshjul budget sygefravær rekruttering "
    "kompetencer sparring coaching uenighed konflikt ro nærvær forberedelse dagsorden "
    "opfølgning evaluering data dokumentation tværgående helhed kerneopgave motivation "
    "anerkendelse tydelighed mod respekt tolerans ærlighed usikkerhed overblik travlhed "
    "brandslukning langsigtet masterplan ledelsesteam direktør kontorchef teamleder "
    "og i at det er en til på som med har ikke vi jeg for de af der var om men så "
    "godt svært vigtigt igen måske bedre mere mindre hurtigt langsomt tydeligt"
)

# Compound words, as Danish makes them: each occurs in a few dozen reflections,
# the way a real leader's words do (the common words above occur in nearly all).
PREFIXES = _words(
    "arbejds personale ledelses team budget kvalitets udviklings samarbejds strategi "
    "forandrings borger fag trivsels projekt møde læse skole data mål tids"
)
SUFFIXES = _words(
    "miljø plan grundlag kultur proces opfølgning samtale dag forløb gruppe rapport "
    "aftale indsats møde ansvar system værktøj rum kalender fokus"
)
COMPOUNDS = [p + s for p in PREFIXES for s in SUFFIXES]

TAGS = ("møder", "1-1", "strategi", "trivsel", "feedback", "budget", "forandring", "læring")


def sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(VOCABULARY) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def reflection_text(rng: random.Random) -> str:
    """About 150 words in paragraphs; eight of them compounds that few reflections share."""
    rare = rng.sample(COMPOUNDS, 8)
    paragraphs = []
    remaining = WORDS_PER_REFLECTION - len(rare)
    while remaining > 0:
        length = min(remaining, rng.randint(30, 60))
        sentences = []
        left = length
        while left > 0:
            n = min(left, rng.randint(6, 15))
            sentences.append(sentence(rng, n))
            left -= n
        paragraphs.append(" ".join(sentences))
        remaining -= length
    paragraphs.append(" ".join(rare).capitalize() + ".")
    return "\n\n".join(paragraphs)


def write(path: Path, data: bytes) -> None:
    # A fast plain write: the generator is not a user's save, and fsync x 4,000 is slow.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(data)


def generate(out: Path, seed: int) -> tuple[Path, Path]:
    rng = random.Random(seed)
    data = out / "data"
    store = Store(data)
    store.prepare()
    frameworks = load_all(None)
    stuk = frameworks.get("stuk")
    assert stuk is not None
    areas = [f"{fw.id}/{area.id}" for fw in frameworks for area in fw.areas]

    profile = Profile(
        name="Mette Holm",
        organisation="Styrelsen for Undervisning og Kvalitet",
        language="da",
        frameworks=[FrameworkChoice("stuk", "teamleder"), FrameworkChoice("kodeks")],
    )
    write(store.path_for(profile), encode(profile))

    goal_ids = []
    for n in range(GOALS):
        area = rng.choice(stuk.areas)
        created = dt.datetime.combine(START + dt.timedelta(days=n * 30), dt.time(9, 0), ZONE)
        goal = Goal(
            id=f"maal-{n + 1:03d}",
            created=created,
            framework="stuk",
            area=area.id,
            title=sentence(rng, 6),
            why=sentence(rng, 15),
            success=sentence(rng, 12),
            due=created.date() + dt.timedelta(days=180),
            status=rng.choice(("active", "done", "done", "paused", "dropped")),
            checkins=[
                CheckIn(
                    created.date() + dt.timedelta(days=7 * (c + 1)),
                    min(100, 5 * (c + 1)),
                    sentence(rng, 10),
                )
                for c in range(CHECKINS_PER_GOAL)
            ],
        )
        goal_ids.append(goal.id)
        write(store.path_for(goal), encode(goal))

    jrnl_entries = []
    for n in range(REFLECTIONS):
        day = START + dt.timedelta(days=n)
        created = dt.datetime.combine(day, dt.time(16, rng.randint(0, 59)), ZONE)
        text = reflection_text(rng)
        reflection = Reflection(
            id=f"{n:08x}",
            created=created,
            date=day,
            text=text,
            areas=rng.sample(areas, rng.randint(0, 2)),
            goals=rng.sample(goal_ids, rng.randint(0, 1)),
            tags=rng.sample(TAGS, rng.randint(0, 2)),
            shared=rng.random() < 0.2,
        )
        write(store.path_for(reflection), encode(reflection))
        stamp = created.strftime("%Y-%m-%d %I:%M:%S %p")
        jrnl_entries.append(f"[{stamp}] {text}\n")

    for n in range(ASSESSMENTS):
        day = START + dt.timedelta(days=n * 7)
        assessment = Assessment(
            id=f"a{n:07x}",
            created=dt.datetime.combine(day, dt.time(10, 0), ZONE),
            date=day,
            framework="stuk",
            scores={area.id: rng.randint(1, 5) for area in stuk.areas},
            notes={area.id: sentence(rng, 8) for area in stuk.areas[:2]},
        )
        write(store.path_for(assessment), encode(assessment))

    jrnl = out / "jrnl"
    jrnl.mkdir(parents=True, exist_ok=True)
    journal = jrnl / "journal.txt"
    journal.write_text("\n".join(jrnl_entries), encoding="utf-8")
    (jrnl / "jrnl.yaml").write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\n"
        "indent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %I:%M:%S %p'\nversion: v4.2\n",
        encoding="utf-8",
    )
    return data, jrnl


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        print(f"{args.out} is not empty; choose a new folder", file=sys.stderr)
        return 1
    data, jrnl = generate(args.out, args.seed)
    print(f"data folder: {data}")
    print(f"jrnl:        {jrnl / 'jrnl.yaml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
