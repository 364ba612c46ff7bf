"""The export as one self-contained HTML page: inline CSS and SVG, no scripts, no requests.

Written with Jinja2 and autoescaping, so every string a person wrote is escaped
by the template engine; nothing is marked safe. It reads well on screen and
prints on A4 (print CSS, a page per area, charts never cut).
"""

from __future__ import annotations

from typing import Any

from lederbog.export import charts
from lederbog.export import text as shown
from lederbog.export.model import Export
from lederbog.i18n import t
from lederbog.text import for_display


def _environment() -> Any:
    import jinja2  # only exports need it (about 55 ms to import)

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("lederbog.export", "templates"),
        autoescape=True,  # every {{ }} is escaped; the templates never use |safe
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["clean"] = for_display
    return env


def render(export: Export) -> str:
    lang = export.language
    areas, loose = shown.blocks(export)
    goal_charts = {
        goal.id: charts.timeline(
            [[(c.date, c.progress) for c in goal.checkins]],
            since=export.since,
            until=export.until,
            low=0,
            high=100,
            y_labels=(0, 50, 100),
            lang=lang,
            suffix=" %",
        )
        for block in areas
        for goal in block.goals
        if goal.checkins
    }
    rating_charts = {
        (block.framework.id, block.id): charts.timeline(
            [[(day, score) for day, score, _ in block.ratings]],
            since=export.since,
            until=export.until,
            low=1,
            high=5,
            y_labels=(1, 3, 5),
            lang=lang,
        )
        for block in areas
        if block.ratings
    }
    template = _environment().get_template("export.html.j2")
    return str(
        template.render(
            export=export,
            lang=lang,
            areas=areas,
            summary=shown.summary(areas),
            loose=loose,
            goal_charts=goal_charts,
            rating_charts=rating_charts,
            t=lambda key, **values: t(lang, key, **values),
            date=lambda day: shown.date(day, lang),
            period=shown.period(export),
            shared_count=shown.shared_count(export),
            status=lambda goal: shown.status(goal, lang),
        )
    )
