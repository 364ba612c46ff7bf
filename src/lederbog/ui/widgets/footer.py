"""The footer of every Lederbog screen: Textual's, built again only when its keys change.

Textual's Footer builds all its keys anew whenever the screen says its bindings may
have changed: on every focus change, every `refresh_bindings()`, a section's data
arriving. Opening a section that happens three or four times with the very same keys,
each time a dozen widgets made, styled and laid out (~20 ms each on a laptop). This
footer remembers what it showed and builds again only when that differs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen


class SteadyFooter(Footer):
    """A Footer that is rebuilt only when the keys it would show are not those it shows."""

    def __init__(self) -> None:
        super().__init__()
        self._shown: tuple[object, ...] | None = None

    def _keys_now(self) -> tuple[object, ...]:
        """What compose would show now: each shown binding with everything drawn of it."""
        app = self.app
        bindings = self.screen.active_bindings
        palette = bindings.get(app.COMMAND_PALETTE_BINDING)
        return (
            self.show_command_palette,
            self.compact,
            palette and (palette[1].key, app.get_key_display(palette[1]), palette[2]),
            *(
                (
                    binding.key,
                    app.get_key_display(binding),
                    binding.description,
                    binding.action,
                    binding.group,
                    enabled,
                    tooltip,
                )
                for (_, binding, enabled, tooltip) in bindings.values()
                if binding.show
            ),
        )

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._keys_now()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        # As Footer's, but the keys are compared once the screen has been refreshed (when
        # what changed them has run), and built only when they differ.
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._build_if_changed)

    async def _build_if_changed(self) -> None:
        if self._shown is not None and self.is_attached and self._keys_now() == self._shown:
            return  # the same keys as shown: nothing to build
        await self.recompose()
