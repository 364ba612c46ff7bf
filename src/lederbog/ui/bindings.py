"""Key bindings in the chosen language.

Textual reads binding descriptions from class-level BINDINGS, which cannot
know the language picked at start-up. Every binding with an `id` gets its
description from the catalog key `binding.<id>` when a screen is made.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from lederbog.i18n import STRINGS, t


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Translate the descriptions of `node`'s bindings (those that have an id)."""
    table = node._bindings.key_to_bindings  # the node's own copy, made in __init__
    for key, bindings in table.items():
        table[key] = [_localised(binding, lang) for binding in bindings]


def _localised(binding: Binding, lang: str) -> Binding:
    # Textual's own bindings (tab, ctrl+c) have no id: they are known by their action.
    name = binding.id or binding.action.rpartition(".")[2]
    if not binding.description or f"binding.{name}" not in STRINGS:
        return binding
    return replace(binding, description=t(lang, f"binding.{name}"))
