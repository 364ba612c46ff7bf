"""Strings of the command line (key -> (Danish, English)); merged by lederbog.i18n.

Every command's help, messages and output. `cli.argparse.*` are argparse's own
words: the English text is argparse's message id, exactly as Python 3.11 writes it.
"""

STRINGS: dict[str, tuple[str, str]] = {
    # --- the parser and the options every command takes ---
    "cli.usage_error": (
        "{prog}: {message} (se '{prog} --help')",
        "{prog}: {message} (see '{prog} --help')",
    ),
    "cli.description": (
        "Lederbog, en arbejdsbog i personlig lederudvikling. Uden en kommando åbner "
        "arbejdsbogen i hele terminalvinduet.",
        "Lederbog, a workbook for personal leadership development. Without a command it "
        "opens the full-screen workbook.",
    ),
    "cli.epilog": (
        "Skriv 'lederbog KOMMANDO --help' for at se en kommandos tilvalg. Afslutningskoden er "
        "2, når kommandolinjen er forkert, og 1 ved alt andet, der går galt.",
        "Run 'lederbog COMMAND --help' for the options of a command. The exit code is 2 when "
        "the command line is wrong, and 1 for anything else that goes wrong.",
    ),
    "cli.version.help": ("vis versionen og afslut", "show the version and exit"),
    "cli.data_dir.help": (
        "datamappen (standard: $LEDERBOG_DATA_DIR, ellers systemets mappe til brugerdata)",
        "the data folder (default: $LEDERBOG_DATA_DIR, else the platform's user data folder)",
    ),
    "cli.data_dir.empty": ("--data-dir er tom", "--data-dir is empty"),
    "cli.lang.help": (
        "sproget i kommandoer og skærmbilleder, da eller en (standard: profilens, ellers dansk)",
        "the language of the commands and screens, da or en (default: the profile's, else Danish)",
    ),
    "cli.metavar.dir": ("MAPPE", "DIR"),
    "cli.metavar.command": ("KOMMANDO", "COMMAND"),
    "cli.metavar.action": ("HANDLING", "ACTION"),
    "cli.metavar.text": ("TEKST", "TEXT"),
    "cli.metavar.area": ("GRUNDLAG/OMRÅDE", "FW/AREA"),
    "cli.metavar.area_or_framework": ("GRUNDLAG[/OMRÅDE]", "FW[/AREA]"),
    "cli.metavar.item": ("GRUNDLAG/PUNKT", "FW/ITEM"),
    "cli.metavar.tag": ("TAG", "TAG"),
    "cli.metavar.date": ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "cli.metavar.query": ("ORD", "QUERY"),
    "cli.metavar.role": ("ROLLE", "ROLE"),
    "cli.metavar.file": ("FIL", "FILE"),
    # --- argparse's own words (English: argparse's message id) ---
    "cli.argparse.usage": ("brug: ", "usage: "),
    "cli.argparse.positionals": ("argumenter", "positional arguments"),
    "cli.argparse.options": ("tilvalg", "options"),
    "cli.argparse.help": ("vis denne hjælp og afslut", "show this help message and exit"),
    "cli.argparse.unrecognized": ("ukendte argumenter: %s", "unrecognized arguments: %s"),
    "cli.argparse.required": (
        "disse argumenter mangler: %s",
        "the following arguments are required: %s",
    ),
    "cli.argparse.one": ("mangler en værdi", "expected one argument"),
    "cli.argparse.at_least_one": ("mangler mindst én værdi", "expected at least one argument"),
    "cli.argparse.at_most_one": ("tager højst én værdi", "expected at most one argument"),
    "cli.argparse.argument": (
        "%(argument_name)s: %(message)s",
        "argument %(argument_name)s: %(message)s",
    ),
    "cli.argparse.choice": (
        "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
        "invalid choice: %(value)r (choose from %(choices)s)",
    ),
    "cli.argparse.type": ("ugyldig værdi: %(value)r", "invalid %(type)s value: %(value)r"),
    "cli.argparse.ambiguous": (
        "tvetydigt tilvalg: %(option)s kan være %(matches)s",
        "ambiguous option: %(option)s could match %(matches)s",
    ),
    "cli.argparse.not_with": ("kan ikke bruges sammen med %s", "not allowed with argument %s"),
    "cli.argparse.ignored": ("tager ingen værdi: %r", "ignored explicit argument %r"),
    # --- dates ---
    "cli.date.form": (
        "{option} skal være en dato skrevet ÅÅÅÅ-MM-DD (fx 2026-03-31), ikke '{text}'",
        "{option} must be a date written YYYY-MM-DD (like 2026-03-31), not '{text}'",
    ),
    "cli.date.no_day": (
        "{option}: datoen {text} findes ikke; {month} {year} har {days} dage",
        "{option}: the date {text} does not exist; {month} {year} has {days} days",
    ),
    "cli.date.no_month": (
        "{option}: datoen {text} findes ikke; der er ingen måned {month}",
        "{option}: the date {text} does not exist; there is no month {month}",
    ),
    "cli.date.no_year": (
        "{option}: datoen {text} findes ikke; der er intet år 0",
        "{option}: the date {text} does not exist; there is no year 0",
    ),
    "cli.date.reversed": (
        "--since {since} ligger efter --until {until}: perioden er vendt om",
        "--since {since} is after --until {until}: the range is reversed",
    ),
    # --- areas, items and tags ---
    "cli.area.form": (
        "--area skal skrives GRUNDLAG/OMRÅDE (fx stuk/driftsledelse), ikke '{ref}'",
        "--area must be FRAMEWORK/AREA (like stuk/driftsledelse), not '{ref}'",
    ),
    "cli.area.form_whole": (
        "--area skal skrives GRUNDLAG eller GRUNDLAG/OMRÅDE (fx stuk eller "
        "stuk/driftsledelse), ikke '{ref}'",
        "--area must be FRAMEWORK or FRAMEWORK/AREA (like stuk or stuk/driftsledelse), not '{ref}'",
    ),
    "cli.area.no_framework_alone": (
        "intet ledelsesgrundlag med id '{id}' (kendte: {known})",
        "no framework with id '{id}' (known: {known})",
    ),
    "cli.area.no_framework": (
        "ukendt område '{ref}': intet ledelsesgrundlag med id '{id}' (kendte: {known})",
        "unknown area '{ref}': no framework '{id}' (known: {known})",
    ),
    "cli.area.unknown": (
        "ukendt område '{ref}' (områderne i {framework}: {areas})",
        "unknown area '{ref}' (areas of {framework}: {areas})",
    ),
    "cli.item.form": (
        "--item skal skrives GRUNDLAG/PUNKT (fx stuk/driftsledelse-3), ikke '{ref}'",
        "--item must be FRAMEWORK/ITEM (like stuk/driftsledelse-3), not '{ref}'",
    ),
    "cli.item.no_framework": (
        "ukendt punkt '{ref}': intet ledelsesgrundlag med id '{id}' (kendte: {known})",
        "unknown item '{ref}': no framework '{id}' (known: {known})",
    ),
    "cli.item.unknown": (
        "ukendt punkt '{ref}'; punkternes id'er står i 'lederbog frameworks show {framework}'",
        "unknown item '{ref}'; the ids of the items are in 'lederbog frameworks show {framework}'",
    ),
    "cli.tag.empty": ("--tag '{tag}' er tomt", "--tag '{tag}' is empty"),
    "cli.tag.space": (
        "--tag '{tag}': et tag er ét ord uden mellemrum (fx 1-1 eller svære-samtaler)",
        "--tag '{tag}': a tag is one word without spaces (like 1-1 or hard-talks)",
    ),
    "cli.tag.long": (
        "--tag '{tag}': et tag har højst 60 tegn",
        "--tag '{tag}': a tag has at most 60 characters",
    ),
    "cli.tag.chars": (
        "--tag '{tag}': et tag består af bogstaver og tal, evt. forbundet med - _ . + & / "
        "(fx 1-1 eller møder)",
        "--tag '{tag}': a tag is letters and digits, perhaps joined by - _ . + & / "
        "(like 1-1 or møder)",
    ),
    # --- note ---
    "cli.note.help": ("skriv en hurtig refleksion", "write a quick reflection"),
    "cli.note.description": (
        "Gem en refleksion i din dagbog. Teksten er de ord, du skriver, eller standardinput, "
        "når der ingen ord er, eller teksten er '-'. Refleksioner er private, medmindre du "
        "skriver --shared.",
        "Save a reflection in your journal. The text is the words given, or standard input "
        "when there are none or the text is '-'. Reflections are private unless --shared is "
        "given.",
    ),
    "cli.note.epilog": (
        'Eksempel: lederbog note "Godt 1:1 med Anna om prioriteringer" '
        "--area stuk/driftsledelse --tag 1-1",
        'Example: lederbog note "Good 1:1 with Anna about priorities" '
        "--area stuk/driftsledelse --tag 1-1",
    ),
    "cli.note.text": ("refleksionen ('-': læs standardinput)", "the reflection ('-': read stdin)"),
    "cli.note.area": (
        "et område, den handler om, skrevet grundlag/område (id'erne står i "
        "'lederbog frameworks show ID')",
        "an area it is about, written framework/area (the ids are in "
        "'lederbog frameworks show ID')",
    ),
    "cli.note.item": (
        "et punkt, den handler om, skrevet grundlag/punkt; punktets område kommer med "
        "(id'erne står i 'lederbog frameworks show ID')",
        "an item it is about, written framework/item; the item's area is linked too "
        "(the ids are in 'lederbog frameworks show ID')",
    ),
    "cli.note.goal": ("et mål, den handler om (målets id)", "a goal it is about (its id)"),
    "cli.note.tag": (
        "et tag: ét ord af bogstaver, tal og - _ . + & / (et # foran kan udelades)",
        "a tag: one word of letters, digits and - _ . + & / (a leading # is optional)",
    ),
    "cli.note.shared": (
        "må komme med i eksporter til din leder eller coach (standard: privat)",
        "may be included in exports for your supervisor (default: private)",
    ),
    "cli.note.date": (
        "dagen, den handler om (standard: i dag)",
        "the day it is about (default: today)",
    ),
    "cli.note.no_stdin": (
        "ingen tekst og intet standardinput at læse den fra",
        "no text given and no standard input to read it from",
    ),
    "cli.note.end": (
        "Skriv din refleksion; afslut med Ctrl-D på en linje for sig.",
        "Write your reflection; end with Ctrl-D on a line of its own.",
    ),
    "cli.note.end_windows": (
        "Skriv din refleksion; afslut med Ctrl-Z og Enter.",
        "Write your reflection; end with Ctrl-Z and Enter.",
    ),
    "cli.note.too_long": (
        "teksten er længere end {mb} MB; intet er gemt",
        "the text is longer than {mb} MB; nothing was saved",
    ),
    "cli.note.not_utf8": (
        "det indtastede er ikke UTF-8-tekst (byte {byte}); intet er gemt",
        "the input is not UTF-8 text (byte {byte}); nothing was saved",
    ),
    "cli.note.empty": (
        "refleksionen er tom; intet er gemt",
        "the reflection is empty; nothing was saved",
    ),
    "cli.note.saved": (
        "privat refleksion {id} ({date}) gemt: {path}",
        "saved private reflection {id} ({date}): {path}",
    ),
    "cli.note.saved_shared": (
        "delt refleksion {id} ({date}) gemt: {path}",
        "saved shared reflection {id} ({date}): {path}",
    ),
    "cli.note.no_goal": ("intet mål med id '{id}'", "no goal with id '{id}'"),
    "cli.note.folder_is_file": (
        "datamappen {path} er en fil; intet er gemt",
        "the data folder {path} is a file; nothing was saved",
    ),
    # --- search ---
    "cli.search.help": ("søg i dine refleksioner", "search your reflections"),
    "cli.search.description": (
        "Find refleksioner, der indeholder alle de givne led. Store og små bogstaver er ens;\n"
        "æ, ø og å er bogstaver for sig (far finder aldrig får).\n"
        "\n"
        "  prioritering         ordet i alle former: prioriteringer, prioriteringen\n"
        "  '\"prioritering\"'     præcis dette ord\n"
        "  'god ledelse'        ordene lige efter hinanden, hver præcis (en frase)\n"
        "  '\"god ledelse\" mod'  en frase og et ord, i ét argument\n"
        "  'ledel*'             ord, der begynder sådan: ledelse, ledelsesgrundlag\n"
        "  ledelse mod          begge ord, hvor som helst, i vilkårlig rækkefølge\n"
        "\n"
        "Ordformerne er profilens sprogs (dansk uden profil) eller --langs. Hvert fund viser\n"
        "en linje omkring det første match. Præcise fund står sidst, nærmest prompten, under\n"
        "dem, der kun blev fundet i andre former; hver gruppe ældste først. Uden ord: de\n"
        "refleksioner, filtrene tillader, ældste først. En forkert søgning (et anførselstegn,\n"
        "der ikke lukkes) afslutter med 2.",
        "Find reflections that contain every term given. Case never matters; æ, ø and å\n"
        "are letters of their own (far never finds får).\n"
        "\n"
        "  prioritering         the word in any form: prioriteringer, prioriteringen\n"
        "  '\"prioritering\"'     exactly this word\n"
        "  'god ledelse'        these words next to each other, each exactly (a phrase)\n"
        "  '\"god ledelse\" mod'  a phrase and a word, in one argument\n"
        "  'ledel*'             words that begin so: ledelse, ledelsesgrundlag\n"
        "  ledelse mod          both words, anywhere, in any order\n"
        "\n"
        "Word forms are those of the profile's language (Danish without a profile), or\n"
        "of --lang. Each result shows a line around its first match. Exact matches are\n"
        "listed last, nearest the prompt, below those found only in other forms; each\n"
        "group oldest first. Without terms: the reflections the filters allow, oldest\n"
        "first. A malformed query (an unclosed quotation mark) exits with 2.",
    ),
    "cli.search.words": ("det, der skal findes (se ovenfor)", "terms to find (see above)"),
    "cli.search.rebuilt": (
        "søgeindekset var beskadiget; det er bygget igen ud fra dine filer",
        "the search index was damaged; it was made anew from your files",
    ),
    "cli.search.area": (
        "kun dette område (stuk/driftsledelse) eller dette ledelsesgrundlag (stuk)",
        "only this area (stuk/driftsledelse) or this framework (stuk)",
    ),
    "cli.search.tag": ("kun dette tag", "only this tag"),
    "cli.search.since": ("fra og med denne dag", "from this day"),
    "cli.search.until": ("til og med denne dag", "up to and including this day"),
    "cli.search.last": (
        "kun de N bedste fund (præcise først, så de nyeste)",
        "only the best N matches (exact first, then the newest)",
    ),
    "cli.search.full": ("vis hver refleksion i fuld længde", "print each reflection in full"),
    "cli.search.last_range": (
        "-n/--last skal være et tal fra 1 til {most}",
        "-n/--last must be a number from 1 to {most}",
    ),
    "cli.search.unread_one": (
        "1 dagbogsfil kunne ikke læses og blev ikke gennemsøgt; kør 'lederbog doctor'",
        "1 journal file could not be read and was not searched; run 'lederbog doctor'",
    ),
    "cli.search.unread": (
        "{count} dagbogsfiler kunne ikke læses og blev ikke gennemsøgt; kør 'lederbog doctor'",
        "{count} journal files could not be read and were not searched; run 'lederbog doctor'",
    ),
    "cli.search.none": ("ingen refleksioner passer", "no reflections match"),
    "cli.search.shared": ("(delt)", "(shared)"),
    # --- frameworks ---
    "cli.frameworks.help": (
        "vis, læs og tjek ledelsesgrundlag",
        "list, read and check leadership frameworks",
    ),
    "cli.frameworks.description": (
        "De ledelsesgrundlag, Lederbog kender: dem, der følger med, og dine egne i "
        "<datamappe>/frameworks. Uden en handling vises listen.",
        "The leadership frameworks (ledelsesgrundlag) Lederbog knows: the bundled ones and "
        "your own in <data folder>/frameworks. Without an action, list them.",
    ),
    "cli.frameworks.list.help": (
        "id, titel, områder og roller for hvert grundlag",
        "id, title, areas and roles of each framework",
    ),
    "cli.frameworks.list.description": (
        "Vis hvert ledelsesgrundlag: id, titel, antal områder og roller.",
        "List each framework: id, title, number of areas, and roles.",
    ),
    "cli.frameworks.show.help": ("et ledelsesgrundlag som læsbar tekst", "a framework as text"),
    "cli.frameworks.show.description": (
        "Vis et ledelsesgrundlag: områderne, hvad der forventes i hvert, og listerne. Hvert "
        "område og punkt står med sit id, sådan som 'lederbog note --area' og '--item' "
        "skal have det.",
        "Print a framework: its areas, what is expected in each, and its lists. Every area "
        "and item is shown with its id, as 'lederbog note --area' and '--item' take it.",
    ),
    "cli.frameworks.show.id": (
        "grundlagets id (se 'lederbog frameworks')",
        "the framework's id (see 'lederbog frameworks')",
    ),
    "cli.frameworks.show.role": (
        "vis kun, hvad der forventes af denne rolle (id eller titel), og det, alle deler",
        "show only what is expected of this role (its id or title), and what all share",
    ),
    "cli.frameworks.check.help": (
        "tjek filer med ledelsesgrundlag; afslutningskode 1 ved problemer",
        "validate framework files; exit 1 on problems",
    ),
    "cli.frameworks.check.description": (
        "Tjek filer med ledelsesgrundlag mod formatet (se 'lederbog frameworks format'). "
        "Hvert problem skrives som FIL:LINJE: besked; afslutningskoden er 1, hvis der er nogen.",
        "Check framework files against the format (see 'lederbog frameworks format'). "
        "Every problem is printed as FILE:LINE: message; the exit code is 1 if there are any.",
    ),
    "cli.frameworks.check.file": ("en fil med et ledelsesgrundlag", "a framework file"),
    "cli.frameworks.format.help": (
        "vejledningen i filformatet for ledelsesgrundlag",
        "the guide to the framework file format",
    ),
    "cli.frameworks.format.description": (
        "Skriv vejledningen i filformatet for ledelsesgrundlag (på engelsk): sådan skriver du "
        "din organisations eget grundlag som en fil.",
        "Print the guide to the framework file format: how to write your organisation's own "
        "framework as a file.",
    ),
    "cli.frameworks.problems_one": (
        "1 fil med et ledelsesgrundlag har fejl og blev ikke indlæst:",
        "1 framework file has problems and was not loaded:",
    ),
    "cli.frameworks.problems": (
        "{count} filer med ledelsesgrundlag har fejl og blev ikke indlæst:",
        "{count} framework files have problems and were not loaded:",
    ),
    "cli.frameworks.areas_one": ("1 område", "1 area"),
    "cli.frameworks.areas": ("{n} områder", "{n} areas"),
    "cli.frameworks.roles": ("roller: {roles}", "roles: {roles}"),
    "cli.frameworks.unknown": (
        "intet ledelsesgrundlag med id '{id}' (kendte: {known})",
        "no framework with id '{id}' (known: {known})",
    ),
    "cli.frameworks.no_roles": (
        "ledelsesgrundlaget '{id}' har ingen roller",
        "framework '{id}' has no roles",
    ),
    "cli.frameworks.unknown_role": (
        "ledelsesgrundlaget '{id}' har ingen rolle '{role}' (roller: {roles})",
        "framework '{id}' has no role '{role}' (roles: {roles})",
    ),
    "cli.frameworks.check.ok": ("{path}: i orden", "{path}: ok"),
    "cli.frameworks.check.summary_one": (
        "1 problem i {bad} af {files} filer",
        "1 problem in {bad} of {files} files",
    ),
    "cli.frameworks.check.summary": (
        "{count} problemer i {bad} af {files} filer",
        "{count} problems in {bad} of {files} files",
    ),
    "cli.guide.missing": (
        "vejledningen {path} kan ikke læses: {error}",
        "the guide {path} cannot be read: {error}",
    ),
    "cli.show.id": ("id: {id}", "id: {id}"),
    "cli.show.area_id": ("id: {id}", "id: {id}"),
    "cli.show.roles": ("roller: {roles}", "roles: {roles}"),
    "cli.show.for_role": ("vist for: {role}", "shown for: {role}"),
    "cli.show.prompt": ("Til refleksion: {prompt}", "To reflect on: {prompt}"),
    "cli.show.source": ("Kilde", "Source"),
    # --- doctor ---
    "cli.doctor.help": ("tjek datamappen", "check the data folder"),
    "cli.doctor.description": (
        "Læs hver fil i datamappen og nævn hvert problem med filens sti: filer, der ikke kan "
        "læses, konfliktkopier fra synkroniseringsprogrammer eller fra Lederbog, filer efterladt "
        "af en afbrudt gemning og henvisninger til områder eller mål, der ikke findes. Intet "
        "ændres, undtagen adgangsrettigheder, der er løsere end private; de strammes. "
        "Afslutningskoden er 1, hvis der er problemer. --format viser, hvad hver fil i mappen er.",
        "Read every file of the data folder and name each problem with its path: files that "
        "cannot be read, conflict copies from sync tools or from Lederbog, files left by an "
        "interrupted save, references to areas or goals that do not exist. Nothing is changed "
        "except permissions looser than private, which are tightened. Exit 1 if there are "
        "problems. --format prints what each file in the folder is.",
    ),
    "cli.doctor.format": (
        "skriv vejledningen i datamappens filformat (på engelsk) i stedet for at tjekke",
        "print the guide to the data folder's file format instead of checking",
    ),
    "cli.doctor.folder": ("datamappe: {path}", "data folder: {path}"),
    "cli.doctor.index": (
        "indeks:    {path} (kan slettes; det bygges igen)",
        "index:       {path} (can be deleted; it is rebuilt)",
    ),
    "cli.doctor.is_file": (
        "{path}: en fil, hvor datamappen skulle være",
        "{path}: a file, where the data folder should be",
    ),
    "cli.doctor.one_problem": ("1 problem", "1 problem"),
    "cli.doctor.no_data": (
        "ingen data endnu: mappen bliver oprettet, første gang du gemmer noget",
        "no data yet: the folder is made when you first save something",
    ),
    "cli.note.saved_unsaid": (
        "{saved} (det kunne ikke skrives til standard-output: {reason})",
        "{saved} (this could not be printed to standard output: {reason})",
    ),
    "cli.doctor.fixed": ("rettet: {finding}", "fixed: {finding}"),
    "cli.doctor.note": ("bemærk: {finding}", "note: {finding}"),
    "cli.doctor.draft_one": ("1 kladde", "1 draft"),
    "cli.doctor.draft": ("{n} kladder", "{n} drafts"),
    "cli.doctor.finds": ("Det finder den:", "What it finds:"),
    "cli.doctor.checks": (
        "mapper, der ikke kan læses (rettigheder): nævnt, og resten tjekkes stadig\n"
        "postfiler, der ikke kan læses eller bruges: ikke TOML, ikke UTF-8, forkerte felter, "
        "for store, skrevet af en nyere Lederbog, navngivet efter et andet id eller en anden "
        "dato\n"
        "ting, der ikke er almindelige filer, hvor poster hører til (en FIFO, en enhed, et link)\n"
        "konfliktkopier fra synkroniseringsværktøjer (Syncthing, Dropbox, OneDrive) og fra "
        "Lederbog\n"
        "midlertidige filer efter en afbrudt gemning (ikke dem fra en gemning, der er i gang)\n"
        "filer, der ikke er navngivet som poster; iCloud-pladsholdere, der ikke er hentet\n"
        "en fil, hvor en mappe hører til, eller en mappe, hvor en postfil hører til\n"
        "ledelsesgrundlag med fejl (se 'lederbog frameworks check')\n"
        "henvisninger til ledelsesgrundlag, roller, områder eller mål, der ikke findes; to "
        "poster med samme id\n"
        "rettigheder, der er løsere end private: strammet på Lederbogs egne filer og mapper; "
        "for en mappe med andet i, eller noget bag et link, hvad du kan køre\n"
        "kladder i drafts/ tælles og tjekkes; slettede poster i trash/ får lov at være",
        "folders that cannot be read (permissions): named, and the rest still checked\n"
        "record files that cannot be read or used: not TOML, not UTF-8, wrong fields, too "
        "large, written by a newer Lederbog, named for another id or date\n"
        "things that are not plain files where records belong (a FIFO, a device, a link)\n"
        "conflict copies from sync tools (Syncthing, Dropbox, OneDrive) and from Lederbog\n"
        "temporary files left by an interrupted save (not those of a save under way)\n"
        "files not named as records, iCloud placeholders not downloaded\n"
        "a file where a folder belongs, or a folder where a record file belongs\n"
        "framework files with problems (see 'lederbog frameworks check')\n"
        "references to frameworks, roles, areas or goals that do not exist; two records with "
        "one id\n"
        "permissions looser than private: tightened on Lederbog's own files and folders; for a "
        "folder that holds other things, or anything reached through a link, what to run\n"
        "drafts in drafts/ are counted and checked; deleted records in trash/ are left alone",
    ),
    "cli.doctor.profile": ("en profil", "a profile"),
    "cli.doctor.profile_broken": ("en profil, der ikke kan læses", "a profile that cannot be read"),
    "cli.doctor.no_profile": ("ingen profil endnu", "no profile yet"),
    "cli.doctor.problems_one": (
        "1 problem; læst uden fejl: {summary}",
        "1 problem; read fine: {summary}",
    ),
    "cli.doctor.problems": (
        "{count} problemer; læst uden fejl: {summary}",
        "{count} problems; read fine: {summary}",
    ),
    "cli.doctor.all_well": ("alt i orden: {summary}", "all well: {summary}"),
    "cli.doctor.reflection_one": ("1 refleksion", "1 reflection"),
    "cli.doctor.reflection": ("{n} refleksioner", "{n} reflections"),
    "cli.doctor.goal_one": ("1 mål", "1 goal"),
    "cli.doctor.goal": ("{n} mål", "{n} goals"),
    "cli.doctor.assessment_one": ("1 selvevaluering", "1 assessment"),
    "cli.doctor.assessment": ("{n} selvevalueringer", "{n} assessments"),
    # --- the workbook ---
    "cli.workbook.no_terminal": (
        "arbejdsbogen skal bruge en terminal; brug en kommando i scripts (se 'lederbog --help')",
        "the workbook needs a terminal; for scripts use a command (see 'lederbog --help')",
    ),
    "cli.demo.help": (
        "åbn arbejdsbogen på et års data fra en eksempelleder (en midlertidig kopi, der "
        "slettes, når du lukker)",
        "open the workbook on a sample leader's year (a temporary copy, removed on exit)",
    ),
    "cli.workbook.bad_profile": ("{path}: {error}; bruges ikke", "{path}: {error}; not used"),
    # --- the store's and the doctor's messages (English: the domain's own template) ---
    "cli.domain.query_unclosed": (
        'søgningen er forkert skrevet: et anførselstegn (") er ikke lukket',
        'the query is malformed: a quotation mark (") is not closed',
    ),
    "cli.domain.query_empty_quotes": (
        "søgningen er forkert skrevet: der står intet mellem anførselstegnene",
        "the query is malformed: there is nothing between the quotation marks",
    ),
    "cli.domain.query_no_word": (
        "søgningen er forkert skrevet: »{chunk}« har ingen bogstaver eller tal at søge efter",
        "the query is malformed: '{chunk}' has no letters or digits to search for",
    ),
    "cli.domain.temp": (
        "en midlertidig fil fra en gemning, der blev afbrudt; ikke en af dine filer, og filen, "
        "den skulle erstatte, er uskadt. Se i den, og slet den derefter",
        "a temporary file left by an interrupted save; not a record, and the record it was "
        "meant to replace is intact. Look inside, then delete it",
    ),
    "cli.domain.sync_conflict": (
        "en konfliktkopi fra et synkroniseringsprogram; ikke indlæst. Sammenlign den med filen "
        "ved siden af, flet dem i hånden, og slet den derefter",
        "a sync tool's conflict copy; not loaded. Compare it with the record beside it, "
        "merge by hand, then delete it",
    ),
    "cli.domain.own_conflict": (
        "Lederbog gemte denne udgave her, fordi filen ved siden af var blevet ændret et andet "
        "sted; ikke indlæst. Flet dem i hånden, og slet den derefter",
        "Lederbog saved this version here because the record beside it had been changed "
        "elsewhere; not loaded. Merge by hand, then delete it",
    ),
    "cli.domain.placeholder": (
        "iCloud Drive har ikke hentet denne fil til computeren, så Lederbog kan ikke læse den; "
        "åbn mappen i Finder, og vælg Download nu",
        "iCloud Drive has not downloaded this record to this computer, so Lederbog cannot "
        "read it; open the folder in Finder and choose Download Now",
    ),
    "cli.domain.foreign": (
        "ikke et filnavn, Lederbog bruger (se 'lederbog doctor --format'); ikke indlæst",
        "not a Lederbog record name (see 'lederbog doctor --format'); not loaded",
    ),
    "cli.domain.framework_line": ("linje {line}: {message}", "line {line}: {message}"),
    "cli.domain.newer": (
        "{error}; opdatér Lederbog for at kunne bruge den",
        "{error}; update Lederbog to use it",
    ),
    "cli.domain.not_loaded": (
        "{error}; ikke indlæst, efterladt som den er",
        "{error}; not loaded, left as it is",
    ),
    "cli.domain.not_fixed": (
        "kan læses af andre (tilstand {mode}) og kunne ikke gøres privat: {error}",
        "readable by others (mode {mode}) and could not be fixed: {error}",
    ),
    "cli.domain.fixed": (
        "kunne læses af andre (tilstand {mode}); gjort privat ({private})",
        "was readable by others (mode {mode}); made private ({private})",
    ),
    "cli.domain.folder_fixed": (
        "{folder} kunne læses af andre (tilstand {mode}); gjort privat (700)",
        "{folder} was readable by others (mode {mode}); made it private (700)",
    ),
    "cli.domain.file_for_folder": (
        "en fil, hvor Lederbogs mappe skal være; flyt den væk",
        "a file where Lederbog's folder belongs; move it away",
    ),
    "cli.domain.folder_for_file": (
        "en mappe, hvor en af Lederbogs filer skal være",
        "a folder where a record file belongs",
    ),
    "cli.domain.file_for_year": (
        "en fil, hvor mappen for et år skal være; flyt den væk",
        "a file where the folder of a year belongs; move it away",
    ),
    "cli.domain.same_id": ("har samme id som {path}", "has the same id as {path}"),
    "cli.domain.unknown_framework": (
        "følger et ukendt ledelsesgrundlag '{id}'",
        "follows unknown framework '{id}'",
    ),
    "cli.domain.unknown_role": (
        "har rollen '{role}', som {id} ikke har",
        "has role '{role}', which {id} does not have",
    ),
    "cli.domain.goal_area": (
        "er sat i et ukendt område '{area}'",
        "is set in unknown area '{area}'",
    ),
    "cli.domain.area": (
        "henviser til et ukendt område '{area}'",
        "refers to unknown area '{area}'",
    ),
    "cli.domain.goal": ("henviser til et ukendt mål '{goal}'", "refers to unknown goal '{goal}'"),
    "cli.domain.item": ("henviser til et ukendt punkt '{item}'", "refers to unknown item '{item}'"),
    "cli.domain.rates_framework": (
        "vurderer et ukendt ledelsesgrundlag '{id}'",
        "rates unknown framework '{id}'",
    ),
    "cli.domain.rates_area": ("vurderer et ukendt område '{area}'", "rates unknown area '{area}'"),
    "cli.domain.cannot_read": ("kan ikke læses: {reason}", "cannot be read: {reason}"),
    "cli.domain.conflict": (
        "filen var blevet ændret af en anden, siden den blev læst; din udgave er gemt ved siden "
        "af som {path}",
        "the record had been changed by someone else since it was read; your version "
        "is saved beside it as {path}",
    ),
    "cli.domain.folder_is_file": (
        "datamappen {path} er en fil; intet er gemt",
        "the data folder {path} is a file; nothing was saved",
    ),
    "cli.domain.no_data_folder": (
        "kunne ikke oprette datamappen {path}: {reason}; intet er gemt",
        "could not make the data folder {path}: {reason}; nothing was saved",
    ),
    "cli.domain.no_folder": (
        "kunne ikke oprette mappen {path}: {reason}; intet er gemt",
        "could not make the folder {path}: {reason}; nothing was saved",
    ),
    "cli.domain.not_synced": (
        "gemt {path}, men mappen kunne ikke skrives til disken: {reason}",
        "saved {path}, but the folder could not be synced to disk: {reason}",
    ),
    "cli.domain.not_same": (
        "kunne ikke gemme {path}: det skrevne kunne ikke læses tilbage uændret",
        "could not save {path}: what was written did not read back the same",
    ),
    "cli.domain.not_saved": (
        "kunne ikke gemme {path}: {reason}",
        "could not save {path}: {reason}",
    ),
    "cli.domain.unstorable": (
        "{where} indeholder et tegn, der ikke kan gemmes (U+{code}, en enlig surrogat, på "
        "plads {position}); intet er skrevet",
        "the {where} contains a character that cannot be saved (U+{code}, a lone surrogate, "
        "at position {position}); nothing was written",
    ),
    "cli.domain.index": (
        "søgeindekset kan ikke bruges: {reason}",
        "the search index cannot be used: {reason}",
    ),
    # --- what `frameworks check` finds in a framework file ---
    "cli.domain.fw.missing_schema": (
        "mangler 'schema' (dette format er schema = 1)",
        "missing 'schema' (this format is schema = 1)",
    ),
    "cli.domain.fw.missing": ("mangler '{key}'", "missing '{key}'"),
    "cli.domain.fw.not_string": (
        "'{key}' skal være {expected}, ikke {type}",
        "'{key}' must be {expected}, not {type}",
    ),
    "cli.domain.fw.empty": ("'{key}' er tom", "'{key}' is empty"),
    "cli.domain.fw.id_chars": (
        "'{key}' er {value}: brug kun a-z, 0-9 og '-' (ingen store bogstaver, mellemrum eller æøå)",
        "'{key}' is {value}: use only a-z, 0-9 and '-' (no capitals, spaces or æøå)",
    ),
    "cli.domain.fw.entry": (
        "hver post i '{key}' skal være en tabel, ikke {type}",
        "each entry of '{key}' must be a table, not {type}",
    ),
    "cli.domain.fw.unknown_key_hint": (
        "ukendt nøgle '{key}' (mente du '{hint}'?)",
        "unknown key '{key}' (did you mean '{hint}'?)",
    ),
    "cli.domain.fw.unknown_key": ("ukendt nøgle '{key}'", "unknown key '{key}'"),
    "cli.domain.fw.schema_newer": (
        "schema {schema} er nyere, end denne udgave af Lederbog forstår ({known}); opdatér "
        "Lederbog for at læse den",
        "schema {schema} is newer than this version of Lederbog understands ({known}); "
        "update Lederbog to read it",
    ),
    "cli.domain.fw.schema_invalid": (
        "schema {schema} er ikke en gyldig version (brug 1)",
        "schema {schema} is not a valid version (use 1)",
    ),
    "cli.domain.fw.kind": (
        "'kind' er {kind}, men en fil med et ledelsesgrundlag har kind = \"framework\"",
        "'kind' is {kind}, but a framework file has kind = \"framework\"",
    ),
    "cli.domain.fw.language": (
        '\'language\' er {language}: brug "da" eller "en"',
        '\'language\' is {language}: use "da" or "en"',
    ),
    "cli.domain.fw.duplicate_derived": (
        "id'et '{id}' findes to gange (det er udledt af punktets placering; giv punktet et id)",
        "duplicate item id '{id}' (derived from the position; give the item an id)",
    ),
    "cli.domain.fw.duplicate": (
        "{what}-id'et '{id}' findes to gange",
        "duplicate {what} id '{id}'",
    ),
    "cli.domain.fw.role": (
        "rollen '{role}' står ikke i 'roles' (der står: {declared})",
        "role '{role}' is not declared in 'roles' (declared: {declared})",
    ),
    "cli.domain.fw.no_areas": (
        "et ledelsesgrundlag skal have mindst ét område",
        "a framework needs at least one area",
    ),
    "cli.domain.fw.too_large": ("filen er større end {limit} MB", "file is larger than {limit} MB"),
    "cli.domain.fw.cannot_read": ("kan ikke læses: {reason}", "cannot read: {reason}"),
    "cli.domain.fw.not_utf8": (
        "ikke UTF-8-tekst (gem filen som UTF-8)",
        "not UTF-8 text (save the file as UTF-8)",
    ),
    "cli.domain.fw.too_deep": (
        "ikke gyldig TOML: for dybt indlejret",
        "not valid TOML: nested too deeply",
    ),
    "cli.domain.fw.digits": (
        "ikke gyldig TOML: et tal har for mange cifre",
        "not valid TOML: a number has too many digits",
    ),
    "cli.domain.fw.toml": ("ikke gyldig TOML: {reason}", "not valid TOML: {reason}"),
    "cli.domain.fw.id_bundled": (
        "id'et '{id}' bruges allerede af et ledelsesgrundlag, der følger med Lederbog; giv "
        "filen et andet id",
        "framework id '{id}' is already used by a bundled framework; give this file another id",
    ),
    "cli.domain.fw.id_used": (
        "id'et '{id}' bruges allerede af {path}; giv filen et andet id",
        "framework id '{id}' is already used by {path}; give this file another id",
    ),
    "cli.domain.fw.id_taken": (
        "id'et '{id}' bruges af et ledelsesgrundlag, der følger med Lederbog; vælg et andet id",
        "framework id '{id}' is taken by a bundled framework; choose another id",
    ),
    "cli.domain.fw.id_also": (
        "id'et '{id}' bruges også af {path}",
        "framework id '{id}' is also used by {path}",
    ),
    "cli.domain.type.string": ("en tekst", "a string"),
    "cli.domain.type.integer": ("et heltal", "an integer"),
    "cli.domain.type.number": ("et tal", "a number"),
    "cli.domain.type.bool": ("sand/falsk", "true/false"),
    "cli.domain.type.array": ("en række", "an array"),
    "cli.domain.type.table": ("en tabel", "a table"),
    "cli.domain.type.tables": ("en række tabeller", "an array of tables"),
    "cli.domain.none": ("ingen", "none"),
    "cli.domain.what.role": ("rolle", "role"),
    "cli.domain.what.area": ("område", "area"),
    "cli.domain.what.item": ("punkt", "item"),
    "cli.domain.what.list": ("liste", "list"),
    # --- what the doctor finds inside a record ---
    "cli.domain.rec.created": (
        "{name} skal være en dato og et klokkeslæt med tidszone (2026-11-25T09:30:00+01:00)",
        "{name} must be a date and time with an offset (2026-11-25T09:30:00+01:00)",
    ),
    "cli.domain.rec.date": (
        "{name} skal være en dato (ÅÅÅÅ-MM-DD)",
        "{name} must be a date (YYYY-MM-DD)",
    ),
    "cli.domain.rec.number": (
        "{name} skal være et helt tal fra {low} til {high}",
        "{name} must be a whole number {low}-{high}",
    ),
    "cli.domain.rec.one_of": (
        "{name} skal være en af {choices}",
        "{name} must be one of {choices}",
    ),
    "cli.domain.rec.kind": (
        "'kind' skal være en af {choices}, ikke {kind}",
        "'kind' must be one of {choices}, not {kind}",
    ),
    "cli.domain.rec.language": (
        '\'language\' skal være "da" eller "en"',
        '\'language\' must be "da" or "en"',
    ),
    "cli.domain.rec.must": ("{name} skal være {what}", "{name} must be {what}"),
    "cli.domain.rec.missing": ("{name} mangler", "{name} is missing"),
    "cli.domain.rec.empty": ("{name} er tom", "{name} is empty"),
    "cli.domain.rec.schema": (
        "'schema' mangler eller er ikke et helt tal",
        "'schema' is missing or not a whole number",
    ),
    "cli.domain.rec.schema_unknown": (
        "'schema' {schema} er ikke et schema, Lederbog har brugt",
        "'schema' {schema} is not a schema Lederbog has used",
    ),
    "cli.domain.rec.newer": (
        "skrevet af en nyere Lederbog (schema {schema}; denne udgave kender {known}); efterladt "
        "som den er",
        "written by a newer Lederbog (schema {schema}; this version knows {known}); left as it is",
    ),
    "cli.domain.rec.wrong_kind": (
        "en fil af slagsen {kind}, hvor der skal være en {expected}",
        "a {kind} record where a {expected} belongs",
    ),
    "cli.domain.rec.not_utf8": ("ikke UTF-8-tekst (byte {byte})", "not UTF-8 text (byte {byte})"),
    "cli.domain.rec.too_large": (
        "for stor til at være en af Lederbogs filer ({size} bytes)",
        "too large to be a record ({size} bytes)",
    ),
    "cli.domain.rec.misplaced": (
        "dens id eller dato passer ikke med filnavnet (den hører til i {path}); ikke indlæst",
        "its id or date does not match its file name (it belongs in {path}); not loaded",
    ),
    "cli.domain.what.text": ("tekst", "text"),
    "cli.domain.what.texts": ("en liste af tekster", "a list of texts"),
    "cli.domain.what.tables": ("en liste af tabeller", "a list of tables"),
    "cli.domain.what.bool": ("true eller false", "true or false"),
    "cli.domain.what.scores": ("en tabel med område-id = 1-5", "a table of area id = 1-5"),
    "cli.domain.what.notes": ("en tabel med område-id = tekst", "a table of area id = text"),
    # --- what a file turned out to be (lederbog.safefile) ---
    "cli.domain.not_a_file": (
        "ikke en almindelig fil ({what}); ikke læst",
        "not a regular file ({what}); not read",
    ),
    "cli.domain.what.fifo": ("en FIFO", "a FIFO"),
    "cli.domain.what.device": ("en enhed", "a device"),
    "cli.domain.what.folder": ("en mappe", "a folder"),
    "cli.domain.what.socket": ("en socket", "a socket"),
    "cli.domain.what.not_plain": ("en anden slags fil", "not a plain file"),
    "cli.domain.link": (
        "et symbolsk link; Lederbog læser kun sine filer, hvor de ligger, ikke gennem et link",
        "a symbolic link; Lederbog reads its files only where they are, not through a link",
    ),
    "cli.domain.file_too_large": ("større end {limit}; ikke læst", "larger than {limit}; not read"),
    # --- TOML that is refused or does not parse (lederbog.safetoml) ---
    "cli.domain.toml.too_large": ("større end {limit} bytes", "larger than {limit} bytes"),
    "cli.domain.toml.key_too_long": (
        "en nøgle med mere end {limit} led adskilt af punktum; afvist uden at blive læst",
        "a key of more than {limit} dotted parts; refused unread",
    ),
    "cli.domain.toml.too_deep": (
        "indlejret i mere end {limit} niveauer; afvist uden at blive læst",
        "nested more than {limit} levels deep; refused unread",
    ),
    "cli.domain.toml.too_many_keys": (
        "mere end {limit} nøgler; afvist uden at blive læst",
        "more than {limit} keys; refused unread",
    ),
    "cli.domain.toml.too_many_parts": (
        "mere end {limit} nøgleled i alt; afvist uden at blive læst",
        "more than {limit} key parts in all; refused unread",
    ),
    "cli.domain.toml.no_memory": (
        "for stor til at kunne læses i hukommelsen",
        "too large to parse in memory",
    ),
    "cli.domain.toml.line": ("{reason} (linje {line})", "{reason} (line {line})"),
    "cli.domain.toml.at_end": (
        "{reason} (i slutningen af filen)",
        "{reason} (at end of document)",
    ),
    # What Python's TOML reader says is wrong (inside "not valid TOML: ...").
    "cli.domain.toml.statement": ("ugyldig linje", "Invalid statement"),
    "cli.domain.toml.newline": (
        "linjen skulle slutte her (med et linjeskift eller filens slutning)",
        "Expected newline or end of document after a statement",
    ),
    "cli.domain.toml.expected": ("her skulle stå {expected}", "Expected {expected}"),
    "cli.domain.toml.invalid_char": ("ugyldigt tegn {char}", "Found invalid character {char}"),
    "cli.domain.toml.twice": ("{key} står to gange", "Cannot declare {key} twice"),
    "cli.domain.toml.overwrite": (
        "en nøgle, der allerede har en værdi, kan ikke sættes igen",
        "Cannot overwrite a value",
    ),
    "cli.domain.toml.table_end": (
        "der mangler ']' i slutningen af en tabeloverskrift",
        "Expected ']' at the end of a table declaration",
    ),
    "cli.domain.toml.array_end": (
        "der mangler ']]' i slutningen af en tabeloverskrift",
        "Expected ']]' at the end of an array declaration",
    ),
    "cli.domain.toml.immutable": (
        "{key} er allerede sat som en hel værdi og kan ikke udvides",
        "Cannot mutate immutable namespace {key}",
    ),
    "cli.domain.toml.redefine": (
        "tabellen {key} kan ikke defineres igen",
        "Cannot redefine namespace {key}",
    ),
    "cli.domain.toml.equals": (
        "der mangler '=' efter nøglen",
        "Expected '=' after a key in a key/value pair",
    ),
    "cli.domain.toml.key_start": (
        "ugyldigt første tegn i en nøgle",
        "Invalid initial character for a key part",
    ),
    "cli.domain.toml.unclosed_array": ("en liste er ikke lukket med ']'", "Unclosed array"),
    "cli.domain.toml.duplicate_inline": (
        "nøglen {key} står to gange i en tabel på én linje",
        "Duplicate inline table key {key}",
    ),
    "cli.domain.toml.unclosed_inline": (
        "en tabel på én linje er ikke lukket",
        "Unclosed inline table",
    ),
    "cli.domain.toml.backslash": (
        "en omvendt skråstreg (\\) i en tekst skal skrives som \\\\",
        "Unescaped '\\' in a string",
    ),
    "cli.domain.toml.hex": ("ugyldigt hexadecimalt tal", "Invalid hex value"),
    "cli.domain.toml.scalar": (
        "et tegn skrevet med escape er ikke et gyldigt Unicode-tegn",
        "Escaped character is not a Unicode scalar value",
    ),
    "cli.domain.toml.unterminated": (
        "en tekst er ikke afsluttet (der mangler et anførselstegn)",
        "Unterminated string",
    ),
    "cli.domain.toml.newline_in_text": (
        "en tekst er ikke afsluttet med et anførselstegn, før linjen slutter",
        "Illegal character '\\n'",
    ),
    "cli.domain.toml.illegal": ("et tegn, der ikke må stå her: {char}", "Illegal character {char}"),
    "cli.domain.toml.datetime": ("ugyldig dato eller tid", "Invalid date or datetime"),
    "cli.domain.toml.value": ("ugyldig værdi", "Invalid value"),
    # --- where things are (lederbog.paths, the data folder, the output) ---
    "cli.domain.no_home": (
        "{source} er '{value}', men der er ingen hjemmemappe at sætte i stedet for '{tilde}'",
        "{source} is '{value}', but there is no home folder to put in place of '{tilde}'",
    ),
    "cli.domain.data_not_folder": (
        "datamappen {path} er en fil, ikke en mappe; intet er gjort",
        "the data folder {path} is a file, not a folder; nothing was done",
    ),
    "cli.domain.output_lost": (
        "kunne ikke skrive resultatet ud: {reason}",
        "could not write the output: {reason}",
    ),
    "cli.domain.export_folder": (
        "{path} er en mappe; angiv et filnavn",
        "{path} is a folder; give a file name",
    ),
    "cli.domain.fw.unreadable_folder": (
        "mappen kunne ikke læses, så dens ledelsesgrundlag er ikke indlæst: {reason}",
        "this folder could not be read, so its frameworks were not loaded: {reason}",
    ),
    "cli.domain.fw.unreadable_folder_alone": (
        "mappen kunne ikke læses, så dens ledelsesgrundlag er ikke indlæst",
        "this folder could not be read, so its frameworks were not loaded",
    ),
    "cli.domain.unreadable_folder": (
        "mappen kunne ikke læses ({reason}), så intet i den er indlæst eller kontrolleret",
        "this folder could not be read ({reason}), so nothing in it was loaded or checked",
    ),
    # --- what the doctor says besides ---
    "cli.domain.in_flight": (
        "en gemning er i gang (dette er dens midlertidige fil); ikke et problem",
        "a save is under way (its temporary file); not a problem",
    ),
    "cli.domain.dangling": (
        "et link til {target}, som ikke findes; flyt linket væk, eller læg mappen tilbage",
        "a link to {target}, which does not exist; move the link away or restore the folder",
    ),
    "cli.domain.draft_bad": (
        "en kladde, der ikke kan læses: {reason}; efterladt som den er",
        "a draft that cannot be read: {reason}; left as it is",
    ),
    "cli.domain.draft_kind": (
        "'kind' er {kind}, ikke \"draft\"",
        "'kind' is {kind}, not \"draft\"",
    ),
    "cli.domain.draft_text": ("'text' er ikke tekst", "'text' is not text"),
    "cli.domain.linked_loose": (
        "kan læses af andre (tilstand {mode}) og nås gennem et link til {target}, som Lederbog "
        "ikke ændrer; for at gøre den privat, kør: chmod {private} '{target}'",
        "readable by others (mode {mode}), and reached through a link to {target}, which "
        "Lederbog does not change; to make it private, run: chmod {private} '{target}'",
    ),
    "cli.domain.foreign_loose": (
        "kan læses af andre (tilstand {mode}), og den rummer andet end Lederbogs filer, så "
        "Lederbog har ladet den være (Lederbogs egne mapper i den er private); for at gøre den "
        "privat, kør: chmod 700 '{path}'",
        "readable by others (mode {mode}), and it holds other things than Lederbog's, so "
        "Lederbog left it as it is (its own folders inside are private); to make it private, "
        "run: chmod 700 '{path}'",
    ),
    "cli.domain.cache_loose": (
        "mappen til søgeindekset kan læses af andre (tilstand {mode}) og rummer andre "
        "programmers filer, så Lederbog har ladet den være (selve indekset er privat)",
        "the cache folder is readable by others (mode {mode}) and holds other programs' "
        "files, so Lederbog left it as it is (the index itself is private)",
    ),
    # --- what the store says besides ---
    "cli.domain.rec.too_large_mb": (
        "for stor til at være en af Lederbogs filer (mere end {size} MB)",
        "too large to be a record (more than {size} MB)",
    ),
    "cli.domain.no_goal": ("der er intet mål med id'et '{id}'", "no goal with id '{id}'"),
    "cli.domain.bad_id": (
        "'{id}' er ikke et gyldigt id (brug a-z, 0-9 og '-'); intet er skrevet",
        "'{id}' is not a valid id (use a-z, 0-9 and '-'); nothing was written",
    ),
    "cli.domain.too_large_to_save": (
        "filen er for stor til at blive gemt ({size} MB som fil; højst {limit} MB); intet er gemt",
        "the record is too large to save ({size} MB as a file; at most {limit} MB); "
        "nothing was saved",
    ),
    "cli.domain.never_saved": (
        "den er ikke gemt endnu, så der er intet at slette",
        "the record has not been saved, so there is nothing to delete",
    ),
    "cli.domain.outside": (
        "{path} ligger ikke i datamappen; ikke slettet",
        "{path} is not in the data folder; not deleted",
    ),
    "cli.domain.changed_not_deleted": (
        "{path} er blevet ændret af en anden, siden den blev læst; den er ikke slettet",
        "{path} was changed by someone else since it was read; it was not deleted",
    ),
    "cli.domain.gone": (
        "{path} findes ikke længere; der er intet at slette",
        "{path} is no longer there; nothing to delete",
    ),
    "cli.domain.not_deleted": (
        "kunne ikke slette {path}: {reason}",
        "could not delete {path}: {reason}",
    ),
    "cli.domain.exists": (
        "{path} findes allerede; intet er skrevet",
        "{path} already exists; nothing was written",
    ),
    "cli.domain.saved": ("gemt {path}", "saved {path}"),
    "cli.domain.offset_seconds": (
        "tidspunktet i {where} har en tidszone med sekunder, som TOML ikke kan rumme",
        "the time in {where} has a UTC offset with seconds, which TOML cannot hold",
    ),
    "cli.domain.no_offset": (
        "tidspunktet i 'created' har ingen tidszone; intet er skrevet",
        "the time in 'created' has no UTC offset; nothing was written",
    ),
    "cli.domain.not_back": (
        "filen ville ikke kunne læses tilbage præcis, som den blev skrevet; intet er skrevet",
        "the record would not read back exactly as written; nothing was written",
    ),
    "cli.domain.where.record": ("filen", "record"),
    "cli.domain.where.field_name": ("navnet på et felt i {where}", "name of a field in {where}"),
    # --- why the disk said no (lederbog.store.atomic, and the system's own words) ---
    "cli.domain.os.full": ("disken er fuld", "the disk is full"),
    "cli.domain.os.denied": ("adgang nægtet", "permission denied"),
    "cli.domain.os.read_only": ("disken kan kun læses", "the disk is read-only"),
    "cli.domain.os.none_written": (
        "disken tog ikke imod noget af det skrevne",
        "the disk accepted none of the data",
    ),
    "cli.domain.os.not_folder": ("ikke en mappe", "not a folder"),
    "cli.domain.os.EACCES": ("adgang nægtet", "Permission denied"),
    "cli.domain.os.EPERM": ("handlingen er ikke tilladt", "Operation not permitted"),
    "cli.domain.os.ENOSPC": ("der er ikke mere plads på disken", "No space left on device"),
    "cli.domain.os.EDQUOT": ("din kvote på disken er brugt op", "Disk quota exceeded"),
    "cli.domain.os.EROFS": ("disken kan kun læses", "Read-only file system"),
    "cli.domain.os.ENOENT": ("filen eller mappen findes ikke", "No such file or directory"),
    "cli.domain.os.ENOTDIR": ("ikke en mappe", "Not a directory"),
    "cli.domain.os.EISDIR": ("er en mappe", "Is a directory"),
    "cli.domain.os.ENAMETOOLONG": ("navnet er for langt", "File name too long"),
    "cli.domain.os.ELOOP": ("for mange symbolske link i træk", "Too many levels of symbolic links"),
    "cli.domain.os.EIO": ("disken kunne ikke læse eller skrive", "Input/output error"),
    "cli.domain.os.EEXIST": ("findes allerede", "File exists"),
    "cli.domain.os.EMFILE": ("for mange åbne filer", "Too many open files"),
    # --- why the search index could not be used (inside "the search index cannot be used") ---
    "cli.domain.index.fields": (
        "en refleksions felter er ikke, som de er indekseret",
        "a reflection's fields are not as indexed",
    ),
    "cli.domain.index.not_text": ("en tekst, der ikke er tekst", "a text that is not text"),
    "cli.domain.index.word": (
        "et ord står ikke, hvor indekset siger",
        "a word is not where the index says",
    ),
    "cli.domain.index.checksums": (
        "kontrolsummer, der ikke er tal",
        "checksums that are not numbers",
    ),
    "cli.domain.index.text": (
        "en tekst, der ikke er, som den er indekseret",
        "a text that is not as indexed",
    ),
    "cli.domain.index.links": (
        "henvisninger, der ikke er lister af tekster",
        "links that are not lists of texts",
    ),
    "cli.domain.sqlite.locked": ("databasen er låst", "database is locked"),
    "cli.domain.sqlite.malformed": (
        "databasefilen er beskadiget",
        "database disk image is malformed",
    ),
    "cli.domain.sqlite.io": ("disken kunne ikke læse eller skrive", "disk I/O error"),
    "cli.domain.sqlite.open": ("databasefilen kunne ikke åbnes", "unable to open database file"),
    "cli.domain.sqlite.readonly": (
        "databasen kan kun læses",
        "attempt to write a readonly database",
    ),
    "cli.domain.sqlite.full": ("databasen eller disken er fuld", "database or disk is full"),
    "cli.domain.sqlite.not_db": ("filen er ikke en database", "file is not a database"),
    # A message about a file, as "<path>: <reason>": the reason is translated (the most
    # general template, tried last).
    "cli.domain.path_reason": ("{path}: {reason}", "{path}: {reason}"),
}
