"""The domain and the command line never import Textual: `lederbog note` must not
pay for it, and the domain must stay usable without a screen."""

from __future__ import annotations

import subprocess
import sys

import pytest

NO_TEXTUAL = [
    "lederbog.frameworks",
    "lederbog.model.framework",
    "lederbog.paths",
    "lederbog.text",
    "lederbog.i18n",
    "lederbog.cli",
    "lederbog.commands.frameworks",
    "lederbog.commands.note",
    "lederbog.commands.search",
    "lederbog.commands.doctor",
    "lederbog.commands._lang",
    "lederbog.tags",
    "lederbog.store.store",
    "lederbog.store.index",
    "lederbog.store.doctor",
    "lederbog.model.records",
    "lederbog.settings",
    "lederbog.demo",
    "lederbog.commands.workbook",
    "lederbog.overview",
    "lederbog.store.watch",
    "lederbog.workbook",
    "lederbog.assessments",
    "lederbog.goals",
    "lederbog.journal",
    "lederbog.drafts",
]


@pytest.mark.parametrize("module", NO_TEXTUAL)
def test_module_loads_without_textual(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_ui_does_import_textual() -> None:
    # The check above can fail: importing the app really does bring Textual in.
    code = "import sys, lederbog.ui.app; sys.exit(0 if 'textual' in sys.modules else 1)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
