"""Strings of the goals part (key -> (Danish, English)); merged by lederbog.i18n."""

STRINGS: dict[str, tuple[str, str]] = {
    # Keys
    "binding.goal_new": ("Nyt mål", "New goal"),
    "binding.goal_checkin": ("Check ind", "Check in"),
    "binding.goal_edit": ("Rediger", "Edit"),
    "binding.goal_status": ("Status", "Status"),
    "binding.goal_filter": ("Filter", "Filter"),
    "binding.goal_delete": ("Slet", "Delete"),
    "binding.goal_back": ("Tilbage", "Back"),
    "binding.goal_save": ("Gem", "Save"),
    "binding.goal_leave": ("Luk", "Close"),
    "binding.goal_yes": ("Ja", "Yes"),
    "binding.goal_no": ("Nej", "No"),
    "binding.new_goal_here": ("Nyt mål her", "New goal here"),
    # Help (?) in Mål
    "help.intro.goals": (
        "Mål er dine udviklingsmål, sat i områderne af dit ledelsesgrundlag. Listen viser "
        "hvert mål med status, fremdrift, frist og seneste tjek-in; Enter åbner målet med "
        "dets graf og tjek-ins. Tjek ind med c: skriv fremdriften (0-100), Tab, en note, "
        "ctrl+s. Et nyt mål på et punkt sætter du med g i Ledelsesgrundlag.",
        "Goals are your development goals, set in the areas of your framework. The list "
        "shows each goal with its status, progress, due date and last check-in; Enter opens "
        "the goal with its chart and check-ins. Check in with c: type the progress (0-100), "
        "Tab, a note, ctrl+s. Start a goal on an item with g in Frameworks.",
    ),
    "help.tree_keys.goals": (
        "↑ ↓ flyt · Enter åbn · Escape tilbage · f aktive, alle, på pause, færdige, droppede",
        "↑ ↓ move · Enter open · Escape back · f active, all, paused, done, dropped",
    ),
    "help.mouse.goals": (
        "Musen virker også: klik på et mål for at åbne det, rul i listen.",
        "The mouse works too: click a goal to open it, scroll the list.",
    ),
    # Statuses and filters
    "goals.status.active": ("Aktiv", "Active"),
    "goals.status.paused": ("På pause", "Paused"),
    "goals.status.done": ("Færdig", "Done"),
    "goals.status.dropped": ("Droppet", "Dropped"),
    "goals.status.title": ("Status", "Status"),
    "goals.filter.active": ("aktive mål", "active goals"),
    "goals.filter.all": ("alle mål", "all goals"),
    "goals.filter.paused": ("mål på pause", "paused goals"),
    "goals.filter.done": ("færdige mål", "done goals"),
    "goals.filter.dropped": ("droppede mål", "dropped goals"),
    # The list
    "goals.loading": ("Læser dine mål …", "Reading your goals …"),
    "goals.bar": (
        "Viser {shown}: {count} af {total} · f skifter · Enter åbner",
        "Showing {shown}: {count} of {total} · f switches · Enter opens",
    ),
    "goals.empty": (
        "Ingen mål endnu. Tryk n for at sætte et mål, eller g på et punkt i Ledelsesgrundlag.",
        "No goals yet. Press n to set a goal, or g on an item in Frameworks.",
    ),
    "goals.empty_filter": (
        "Ingen mål med den status. Tryk f for at se de andre, eller n for et nyt mål.",
        "No goals with that status. Press f to see the others, or n for a new goal.",
    ),
    "goals.no_due": ("ingen frist", "no due date"),
    "goals.due": ("frist {date}", "due {date}"),
    "goals.no_checkins": ("ikke tjekket ind endnu", "no check-ins yet"),
    "goals.last_checkin": ("sidst {date}", "last {date}"),
    "goals.unknown_area": ("ukendt område", "unknown area"),
    "goals.unreadable": (
        "Kan ikke læses (filen er ikke ændret): {path}: {reason}",
        "Cannot be read (the file is unchanged): {path}: {reason}",
    ),
    "goals.copy": (
        "Konfliktkopi: {path}. Flet den ind i målet i en editor, og slet så kopien.",
        "Conflict copy: {path}. Merge it into the goal in an editor, then delete the copy.",
    ),
    "goals.load_failed": (
        "Dine mål kunne ikke læses: {error}",
        "Your goals could not be read: {error}",
    ),
    "goals.not_found": (
        "Målet '{id}' findes ikke (mere).",
        "The goal '{id}' is not there (any more).",
    ),
    "goals.none_chosen": (
        "Vælg et mål i listen først (↑ ↓), eller tryk n for et nyt.",
        "Choose a goal in the list first (↑ ↓), or press n for a new one.",
    ),
    "goals.area_empty": (
        "Der er ingen mål i det område endnu. Tryk n for at sætte et.",
        "There are no goals in that area yet. Press n to set one.",
    ),
    # Detail
    "goals.detail.status": ("Status:", "Status:"),
    "goals.detail.change": ("{status} {date}", "{status} {date}"),
    "goals.detail.progress": ("Fremdrift:", "Progress:"),
    "goals.detail.last": ("sidste tjek-in {when}", "last check-in {when}"),
    "goals.detail.due": ("Frist:", "Due:"),
    "goals.detail.no_due": ("ingen", "none"),
    "goals.detail.why": ("Hvorfor", "Why"),
    "goals.detail.success": ("Sådan ser succes ud", "What success looks like"),
    "goals.detail.empty": ("(ikke skrevet)", "(not written)"),
    "goals.detail.items": ("Punkter i ledelsesgrundlaget", "Items of the framework"),
    "goals.detail.item_missing": (
        "{id} (findes ikke i grundlaget længere)",
        "{id} (no longer in the framework)",
    ),
    "goals.detail.checkins": (
        "Tjek-ins ({count}), nyeste først",
        "Check-ins ({count}), newest first",
    ),
    "goals.detail.no_checkins": (
        "Ingen endnu. Tryk c for at tjekke ind.",
        "None yet. Press c to check in.",
    ),
    "goals.detail.copies": (
        "Konfliktkopier ved siden af målet (en anden udgave af samme mål; flet dem i en editor, "
        "og slet så kopien)",
        "Conflict copies beside the goal (another version of the same goal; merge them in an "
        "editor, then delete the copy)",
    ),
    "goals.detail.copy": (
        "'{title}', {status}, {count} tjek-ins, seneste {progress} %",
        "'{title}', {status}, {count} check-ins, latest {progress} %",
    ),
    "goals.detail.copy_unreadable": ("(kan ikke læses)", "(cannot be read)"),
    "goals.chart.title": ("Fremdrift over tid", "Progress over time"),
    "goals.chart.empty": ("Ingen tjek-ins endnu", "No check-ins yet"),
    # The form
    "goals.form.new": ("Nyt mål", "New goal"),
    "goals.form.edit": ("Rediger mål", "Edit goal"),
    "goals.form.linked": ("Punkt: {text}", "Item: {text}"),
    "goals.form.framework": ("Ledelsesgrundlag", "Framework"),
    "goals.form.area": ("Område", "Area"),
    "goals.form.choose": ("Vælg …", "Choose …"),
    "goals.form.title": ("Mål (skal udfyldes)", "Goal (required)"),
    "goals.form.why": ("Hvorfor", "Why"),
    "goals.form.success": ("Sådan ser succes ud", "What success looks like"),
    "goals.form.due": (
        "Frist (fx 31-03-2027 eller 2027-03-31; tom = ingen)",
        "Due (e.g. 2027-03-31 or 31-03-2027; empty = none)",
    ),
    "goals.form.items": (
        "Punkter, målet arbejder med (mellemrum vælger)",
        "Items the goal works on (space chooses)",
    ),
    "goals.form.status": ("Status", "Status"),
    "goals.form.hint": (
        "ctrl+s gemmer · Tab næste felt · Escape lukker",
        "ctrl+s saves · Tab next field · Escape closes",
    ),
    "goals.error.framework": ("Vælg et ledelsesgrundlag.", "Choose a framework."),
    "goals.error.area": ("Vælg et område i grundlaget.", "Choose an area of the framework."),
    "goals.error.title": ("Målet skal have en titel.", "The goal needs a title."),
    "goals.error.title_long": (
        "Titlen må højst være {limit} tegn; skriv resten under Hvorfor.",
        "The title may be at most {limit} characters; write the rest under Why.",
    ),
    "goals.error.status": ("Vælg en status.", "Choose a status."),
    "goals.error.items": (
        "Et valgt punkt hører ikke til området.",
        "A chosen item is not in the area.",
    ),
    "goals.error.progress_missing": (
        "Skriv fremdriften som et tal fra 0 til 100.",
        "Type the progress as a number from 0 to 100.",
    ),
    "goals.error.progress_number": (
        "'{text}' er ikke et helt tal; skriv et tal fra 0 til 100.",
        "'{text}' is not a whole number; type a number from 0 to 100.",
    ),
    "goals.error.progress_range": (
        "{value} er over 100; skriv et tal fra 0 til 100.",
        "{value} is over 100; type a number from 0 to 100.",
    ),
    "goals.discard.question": (
        "Du har skrevet noget, der ikke er gemt. Vil du smide det væk?",
        "You have typed something that is not saved. Throw it away?",
    ),
    "goals.discard.yes": ("Smid væk", "Throw away"),
    "goals.discard.no": ("Bliv i formularen", "Keep editing"),
    # Check-in
    "goals.checkin.title": ("Check ind", "Check in"),
    "goals.checkin.progress": ("Fremdrift i % (0-100)", "Progress in % (0-100)"),
    "goals.checkin.last": ("sidst {progress}", "last {progress}"),
    "goals.checkin.note": ("Note", "Note"),
    "goals.checkin.date": ("Dato", "Date"),
    "goals.offer_done": (
        "Seneste tjek-in på '{title}' er 100 %. Vil du markere målet som færdigt?",
        "The latest check-in on '{title}' is 100 %. Mark the goal as done?",
    ),
    "goals.offer_done.yes": ("Markér som færdigt", "Mark as done"),
    "goals.offer_done.no": ("Ikke nu", "Not now"),
    # Saving and deleting
    "goals.saved": ("Gemt: {title}", "Saved: {title}"),
    "goals.not_saved": ("Intet blev gemt: {reason}", "Nothing was saved: {reason}"),
    "goals.conflict": (
        "Filen til '{title}' blev ændret af et andet program, mens du arbejdede. Intet er "
        "overskrevet: din version er gemt ved siden af som {copy}, og den anden version "
        "vises nu. Flet dem i en editor, og slet så kopien.",
        "The file of '{title}' was changed by another program while you worked. Nothing was "
        "overwritten: your version is saved beside it as {copy}, and the other version is "
        "shown now. Merge them in an editor, then delete the copy.",
    ),
    "goals.delete.question": (
        "Slet målet '{title}'? Filen flyttes til papirkurven (trash/) og kan lægges tilbage.",
        "Delete the goal '{title}'? The file is moved to the trash (trash/) and can be put back.",
    ),
    "goals.delete.yes": ("Slet", "Delete"),
    "goals.delete.no": ("Behold", "Keep"),
    "goals.deleted": (
        "Slettet: {title} (flyttet til {path})",
        "Deleted: {title} (moved to {path})",
    ),
    "goals.not_deleted": (
        "Målet blev ikke slettet: {reason}",
        "The goal was not deleted: {reason}",
    ),
    # The palette
    "goals.palette.new": ("Nyt mål", "New goal"),
    "goals.palette.new.help": ("Sæt et nyt mål", "Set a new goal"),
    "goals.palette.checkin": ("Check ind", "Check in"),
    "goals.palette.checkin.help": (
        "Fremdrift og en note på målet under markøren",
        "Progress and a note on the goal under the cursor",
    ),
    "goals.palette.edit": ("Rediger mål", "Edit goal"),
    "goals.palette.edit.help": ("Ret målet under markøren", "Change the goal under the cursor"),
    "goals.palette.status": ("Skift status", "Change status"),
    "goals.palette.status.help": (
        "Aktiv, på pause, færdig eller droppet",
        "Active, paused, done or dropped",
    ),
    "goals.palette.delete": ("Slet mål", "Delete goal"),
    "goals.palette.delete.help": ("Flyt målet til papirkurven", "Move the goal to the trash"),
    "goals.palette.filter": ("Vis {shown}", "Show {shown}"),
    "goals.palette.filter.help": ("Filtrer listen over mål", "Filter the list of goals"),
    "goals.palette.here": ("Nyt mål her", "New goal here"),
    "goals.palette.here.help": (
        "Sæt et mål i området eller på punktet under markøren",
        "Set a goal in the area or on the item under the cursor",
    ),
}
