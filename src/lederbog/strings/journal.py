"""Strings of the journal part (key -> (Danish, English)); merged by lederbog.i18n."""

STRINGS: dict[str, tuple[str, str]] = {
    # The list and the search
    "journal.search.placeholder": (
        'Søg: ord, ledel*, "flere ord", #tag, område:…, mål:…, fra:… til:…',
        'Search: words, lead*, "several words", #tag, area:…, goal:…, since:… until:…',
    ),
    "journal.loading": ("Henter dagbogen …", "Loading the journal …"),
    "journal.count": ("{count} refleksioner", "{count} reflections"),
    "journal.count.one": ("1 refleksion", "1 reflection"),
    "journal.count.none": ("Ingen refleksioner endnu", "No reflections yet"),
    "journal.found": ("{count} fundet", "{count} found"),
    "journal.found.one": ("1 fundet", "1 found"),
    "journal.found.none": ("Ingen refleksioner passer", "No reflections match"),
    "journal.found.more": (
        "de nyeste {count} vist, flere hentes …",
        "newest {count} shown, more coming …",
    ),
    "journal.empty": (
        "Din dagbog er tom. Tryk n for at skrive din første refleksion.",
        "Your journal is empty. Press n to write your first reflection.",
    ),
    "journal.no_match": (
        "Ingen refleksioner passer til søgningen.",
        "No reflections match the search.",
    ),
    "journal.problems": (
        "{count} fil(er) i journal/ kunne ikke læses; kør 'lederbog doctor'.",
        "{count} file(s) in journal/ could not be read; run 'lederbog doctor'.",
    ),
    "journal.filter.area": ("område: {area}", "area: {area}"),
    "journal.filter.tag": ("tag: #{tag}", "tag: #{tag}"),
    "journal.filter.goal": ("mål: {goal}", "goal: {goal}"),
    "journal.filter.since": ("fra {date}", "since {date}"),
    "journal.filter.until": ("til {date}", "until {date}"),
    "journal.filter.unknown_area": (
        "ukendt område '{area}' (skriv grundlag/område, fx stuk/driftsledelse)",
        "unknown area '{area}' (write framework/area, e.g. stuk/driftsledelse)",
    ),
    "journal.filter.bad_date": ("{word}: {reason}", "{word}: {reason}"),
    "journal.private": ("Privat", "Private"),
    "journal.shared": ("Delt", "Shared"),
    "journal.index_failed": (
        "Dagbogen kunne ikke søges: {reason}",
        "The journal could not be searched: {reason}",
    ),
    # The full view
    "journal.view.none": (
        "Vælg en refleksion i listen til venstre.",
        "Choose a reflection in the list on the left.",
    ),
    "journal.view.private": (
        "Privat: bliver på denne maskine og kommer ikke med i eksport",
        "Private: stays on this machine and is never exported",
    ),
    "journal.view.shared": (
        "Delt: kommer med, når du eksporterer til din leder eller coach",
        "Shared: included when you export for your supervisor or coach",
    ),
    "journal.view.areas": ("Områder", "Areas"),
    "journal.view.goals": ("Mål", "Goals"),
    "journal.view.items": ("Punkter", "Items"),
    "journal.view.tags": ("Tags", "Tags"),
    "journal.view.prompt": ("Spørgsmål", "Prompt"),
    "journal.view.unreadable": (
        "Refleksionen kunne ikke læses: {reason}",
        "The reflection could not be read: {reason}",
    ),
    # Keys
    "binding.journal_new": ("Ny", "New"),
    "binding.journal_edit": ("Redigér", "Edit"),
    "binding.journal_delete": ("Slet", "Delete"),
    "binding.journal_search": ("Søg", "Search"),
    "binding.journal_external": ("$EDITOR", "$EDITOR"),
    "binding.journal_list": ("Listen", "List"),
    "binding.editor_save": ("Gem", "Save"),
    "binding.editor_leave": ("Tilbage", "Back"),
    "binding.editor_ask": ("Spørg mig", "Ask me"),
    "binding.editor_ask_again": ("Andet spørgsmål", "Another prompt"),
    "binding.editor_links": ("Links", "Links"),
    "binding.editor_share": ("Delt/privat", "Shared/private"),
    "binding.editor_external": ("$EDITOR", "$EDITOR"),
    "binding.editor_delete": ("Slet", "Delete"),
    "binding.links_accept": ("Brug", "Use"),
    "binding.links_cancel": ("Fortryd", "Cancel"),
    # The editor
    "editor.title.new": ("Ny refleksion", "New reflection"),
    "editor.title.edit": ("Redigér refleksion", "Edit reflection"),
    "editor.date": ("Dato", "Date"),
    "editor.date.placeholder": ("dd-mm-åååå", "yyyy-mm-dd"),
    "editor.private": (
        "PRIVAT: kun for dig, aldrig med i eksport",
        "PRIVATE: for you only, never exported",
    ),
    "editor.shared": (
        "DELT: kommer med i eksport til din leder",
        "SHARED: included in exports for your supervisor",
    ),
    "editor.links": ("Links", "Links"),
    "editor.links.none": (
        "ingen områder, mål eller punkter (ctrl+l for at vælge)",
        "no areas, goals or items (ctrl+l to choose)",
    ),
    "editor.tags.placeholder": (
        "Tags, adskilt af komma (→ fuldfører)",
        "Tags, separated by commas (→ completes)",
    ),
    "editor.prompt": ("Spørgsmål: {prompt}", "Prompt: {prompt}"),
    "editor.no_prompts": (
        "Der er ingen spørgsmål at trække her; vælg et område med ctrl+l.",
        "There are no prompts to draw here; choose an area with ctrl+l.",
    ),
    "editor.text_empty": ("Skriv noget, før du gemmer.", "Write something before saving."),
    "editor.saved": ("Refleksionen er gemt ({date}).", "The reflection is saved ({date})."),
    "editor.conflict": (
        "Refleksionen var blevet ændret et andet sted, siden du åbnede den. Intet er "
        "overskrevet: din version er gemt ved siden af som {name}. Sammenlign de to filer.",
        "The reflection had been changed elsewhere since you opened it. Nothing was "
        "overwritten: your version is saved beside it as {name}. Compare the two files.",
    ),
    "editor.save_failed": ("Intet er gemt: {reason}", "Nothing was saved: {reason}"),
    "editor.draft_failed": (
        "Kladden kunne ikke skrives: {reason}",
        "The draft could not be written: {reason}",
    ),
    "editor.no_editor": (
        "Sæt $VISUAL eller $EDITOR til din editor (fx export EDITOR=nano) for at skrive i den.",
        "Set $VISUAL or $EDITOR to your editor (e.g. export EDITOR=nano) to write in it.",
    ),
    "editor.bad_editor": (
        "$VISUAL/$EDITOR kan ikke læses: {reason}",
        "$VISUAL/$EDITOR cannot be read: {reason}",
    ),
    "editor.editor_failed": (
        "Editoren ({editor}) fejlede: {reason}. Intet er gemt; kladden er beholdt i {path}.",
        "The editor ({editor}) failed: {reason}. Nothing was saved; the draft is kept in {path}.",
    ),
    "editor.editor_exit": ("den sluttede med kode {code}", "it exited with code {code}"),
    "editor.editor_empty": (
        "Filen fra editoren var tom. Intet er gemt; kladden er beholdt i {path}.",
        "The file from the editor was empty. Nothing was saved; the draft is kept in {path}.",
    ),
    "editor.editor_not_utf8": (
        "Filen fra editoren er ikke UTF-8. Intet er gemt; kladden er beholdt i {path}.",
        "The file from the editor is not UTF-8. Nothing was saved; the draft is kept in {path}.",
    ),
    "editor.cannot_suspend": (
        "Terminalen kan ikke overlades til en editor her.",
        "The terminal cannot be handed to an editor here.",
    ),
    # Dialogs
    "dialog.yes": ("Ja", "Yes"),
    "dialog.no": ("Nej", "No"),
    "dialog.cancel": ("Fortryd", "Cancel"),
    "leave.title": ("Du har tekst, der ikke er gemt.", "You have text that is not saved."),
    "leave.save": ("Gem", "Save"),
    "leave.keep": ("Behold som kladde", "Keep as draft"),
    "leave.discard": ("Kassér", "Discard"),
    "leave.stay": ("Skriv videre", "Keep writing"),
    "leave.confirm_discard": (
        "Kassér teksten for altid? Den kan ikke hentes tilbage.",
        "Discard the text for good? It cannot be brought back.",
    ),
    "delete.confirm": (
        "Slet refleksionen fra {date}? Den flyttes til trash/ og kan lægges tilbage derfra.",
        "Delete the reflection of {date}? It is moved to trash/ and can be moved back from there.",
    ),
    "delete.done": (
        "Refleksionen er flyttet til {path}.",
        "The reflection was moved to {path}.",
    ),
    "delete.failed": ("Intet er slettet: {reason}", "Nothing was deleted: {reason}"),
    "drafts.title": ("Du har en kladde, der ikke er gemt", "You have a draft that is not saved"),
    "drafts.title.many": (
        "Du har {count} kladder, der ikke er gemt",
        "You have {count} drafts that are not saved",
    ),
    "drafts.entry": ("{date}: {words}", "{date}: {words}"),
    "drafts.empty_text": ("(ingen tekst endnu)", "(no text yet)"),
    "drafts.resume": ("Fortsæt", "Continue"),
    "drafts.discard": ("Kassér", "Discard"),
    "drafts.later": ("Senere", "Later"),
    "drafts.new": ("Ny tom refleksion", "New empty reflection"),
    "drafts.discarded": ("Kladden er kasseret.", "The draft is discarded."),
    "drafts.unreadable": (
        "En kladde i drafts/ kunne ikke læses og er ladt urørt: {problem}",
        "A draft in drafts/ could not be read and is left untouched: {problem}",
    ),
    # The link picker
    "links.title": ("Link refleksionen", "Link the reflection"),
    "links.areas": ("Områder", "Areas"),
    "links.goals": ("Mål (aktive først)", "Goals (active first)"),
    "links.items": ("Punkter i de valgte områder", "Items of the chosen areas"),
    "links.keys": (
        "Mellemrum vælger · Tab næste liste · ctrl+s brug · Escape fortryd",
        "Space ticks · Tab next list · ctrl+s use · Escape cancel",
    ),
    "links.no_goals": ("(ingen mål endnu)", "(no goals yet)"),
    "links.goal_status": (" ({status})", " ({status})"),
    "links.status.active": ("aktivt", "active"),
    "links.status.paused": ("på pause", "paused"),
    "links.status.done": ("nået", "done"),
    "links.status.dropped": ("opgivet", "dropped"),
    # Prompts made from an item that has no question of its own
    "prompt.from_item": (
        "Hvornår har du senest gjort dette, og hvad lærte du? {text}",
        "When did you last do this, and what did you learn? {text}",
    ),
    # Help on the section
    "help.intro.journal": (
        "Dagbogen er dine refleksioner, de nyeste først. Skriv i søgefeltet (/) for at finde "
        'dem: alle ord skal forekomme, ledel* finder ord der begynder sådan, "flere ord" '
        "finder dem sammen, og #tag, område:stuk/driftsledelse, mål:id, fra:1-11-2026 og "
        "til:30-11-2026 afgrænser. Alt er privat, indtil du selv slår Delt til.",
        "The journal is your reflections, the newest first. Type in the search field (/) to "
        'find them: every word must occur, lead* finds words that begin so, "several words" '
        "finds them together, and #tag, area:stuk/driftsledelse, goal:id, since:2026-11-01 and "
        "until:2026-11-30 narrow it down. Everything is private until you switch Shared on.",
    ),
    "help.more.journal": (
        "I editoren: ctrl+s gemmer · Escape går tilbage (og spørger først) · ctrl+r Spørg mig · "
        "ctrl+n andet spørgsmål · ctrl+l links · ctrl+t delt/privat · ctrl+o skriv i $EDITOR. "
        "Det, du skriver, gemmes som kladde i drafts/ efter et sekund.",
        "In the editor: ctrl+s saves · Escape goes back (asking first) · ctrl+r Ask me · "
        "ctrl+n another prompt · ctrl+l links · ctrl+t shared/private · ctrl+o write in $EDITOR. "
        "What you type is kept as a draft in drafts/ after a second.",
    ),
    "help.mouse.journal": (
        "Musen virker også: klik på en refleksion for at læse den, dobbeltklik for at redigere.",
        "The mouse works too: click a reflection to read it, double-click to edit it.",
    ),
    # The palette
    "palette.journal.new": ("Ny refleksion", "New reflection"),
    "palette.journal.new.help": (
        "Skriv en ny refleksion i dagbogen",
        "Write a new reflection in the journal",
    ),
    "palette.journal.search": ("Søg i dagbogen", "Search the journal"),
    "palette.journal.search.help": (
        "Søg i refleksionerne, mens du skriver",
        "Search the reflections as you type",
    ),
    "palette.journal.external": ("Ny refleksion i $EDITOR", "New reflection in $EDITOR"),
    "palette.journal.external.help": (
        "Skriv en ny refleksion i din egen editor",
        "Write a new reflection in your own editor",
    ),
    "palette.browser.reflect": (
        "Ny refleksion om det valgte",
        "New reflection on the chosen entry",
    ),
    "palette.browser.reflect.help": (
        "Start en refleksion om området eller punktet under markøren",
        "Start a reflection on the area or item under the cursor",
    ),
    "browser.reflect.choose": (
        "Vælg et område eller et punkt for at skrive om det.",
        "Choose an area or an item to write about it.",
    ),
    "binding.reflect": ("Refleksion", "Reflect"),
}
