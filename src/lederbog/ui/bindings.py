"""Key bindings in the chosen language.

Textual reads binding descriptions from class-level BINDINGS, which cannot
know the language picked at start-up. Every binding with an `id` gets its
description from the catalog key `binding.<id>` when a screen is made.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from lederbog.i18n import STRINGS, t


def localise_bindings(node: DOMNode, lang: str) -> None:
    """Translate the descriptions of `node`'s bindings (those that have an id)."""
    table = node._bindings.key_to_bindings  # the node's own copy, made in __init__
    for key, bindings in table.items():
        table[key] = [
            replace(binding, description=t(lang, f"binding.{binding.id}"))
            if binding.id and f"binding.{binding.id}" in STRINGS
            else binding
            for binding in bindings
        ]
