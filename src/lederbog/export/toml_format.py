"""The export as TOML (`kind = "lederbog-export"`, `schema = 1`; docs/export-format.md)."""

from __future__ import annotations

from typing import Any

import tomli_w

from lederbog.export.model import KIND, SCHEMA, Export


def _without_empty(table: dict[str, Any]) -> dict[str, Any]:
    """TOML has no null: leave out what is not there (an empty text, no due date)."""
    return {key: value for key, value in table.items() if value not in ("", None)}


def document(export: Export) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "kind": KIND,
        "generated": export.generated,
        "language": export.language,
        "leader": _without_empty({"name": export.name, "organisation": export.organisation}),
        "period": {"since": export.since, "until": export.until},
        "reflections_total": export.reflections_total,
        "reflections_shared": len(export.reflections),
        "frameworks": [
            _without_empty(
                {
                    "id": f.id,
                    "title": f.title,
                    "role": f.role,
                    "role_title": f.role_title,
                    "areas": [{"id": a.id, "title": a.title} for a in f.areas],
                    "items": [{"id": i.id, "text": i.text} for i in f.items],
                }
            )
            for f in export.frameworks
        ],
        "goals": [
            _without_empty(
                {
                    "id": g.id,
                    "framework": g.framework,
                    "area": g.area,
                    "title": g.title,
                    "status": g.status,
                    "progress": g.progress,
                    "why": g.why,
                    "success": g.success,
                    "due": g.due,
                    "created": g.created,
                    "items": list(g.items),
                    "checkins": [
                        _without_empty({"date": c.date, "progress": c.progress, "note": c.note})
                        for c in g.checkins
                    ],
                }
            )
            for g in export.goals
        ],
        "assessments": [
            {"date": a.date, "framework": a.framework, "scores": a.scores, "notes": a.notes}
            for a in export.assessments
        ],
        "reflections": [
            _without_empty(
                {
                    "id": r.id,
                    "date": r.date,
                    "text": r.text,
                    "areas": list(r.areas),
                    "goals": list(r.goals),
                    "items": list(r.items),
                    "tags": list(r.tags),
                    "prompt": r.prompt,
                }
            )
            for r in export.reflections
        ],
    }


def render(export: Export) -> str:
    return tomli_w.dumps(document(export))
