"""Loading and validating framework files, bundled and the user's own.

A framework file is checked completely before it is used: every problem is
collected (not just the first) and reported as `FILE:LINE: message`. A file
with any problem is not loaded, and the others load as usual.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lederbog import paths
from lederbog.model.framework import Area, Framework, Item, ReferenceList, Role
from lederbog.safefile import FileTooLarge, NotRegularFile, read_file, reason
from lederbog.safetoml import TomlRefused, loads_guarded
from lederbog.tomlpos import Locator

SCHEMA = 1
UNREADABLE_FOLDER = "this folder could not be read, so its frameworks were not loaded"
MAX_FILE_BYTES = 2 * 1024 * 1024
ID_PATTERN = re.compile(r"[a-z0-9-]+")

TOP_KEYS = {
    "schema",
    "kind",
    "id",
    "title",
    "organisation",
    "source",
    "language",
    "summary",
    "roles",
    "areas",
    "lists",
}
ROLE_KEYS = {"id", "title"}
AREA_KEYS = {"id", "title", "summary", "prompt", "items"}
ITEM_KEYS = {"id", "text", "title", "role", "group", "prompt", "by"}
LIST_KEYS = {"id", "title", "summary", "items"}
LIST_ITEM_KEYS = {"id", "text", "title", "by"}

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a line (1-based; 0 when it is the whole file)."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line
            else f"{self.path}: {self.message}"
        )


@dataclass
class LoadResult:
    framework: Framework | None
    problems: list[Problem]
    text: str = ""  # what was read, for finding lines again without reading the file twice


@dataclass
class FrameworkSet:
    """Every framework that loaded, bundled first, and the problems of those that did not."""

    frameworks: dict[str, Framework] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __iter__(self) -> Iterator[Framework]:
        return iter(self.frameworks.values())

    def __len__(self) -> int:
        return len(self.frameworks)

    def get(self, framework_id: str) -> Framework | None:
        return self.frameworks.get(framework_id)

    def area(self, reference: str) -> tuple[Framework, Area] | None:
        """The framework and area of a reference "<framework>/<area>", if both exist."""
        framework_id, _, area_id = reference.partition("/")
        framework = self.frameworks.get(framework_id)
        area = framework.area(area_id) if framework else None
        if framework is None or area is None:
            return None
        return framework, area


def _type_name(value: object) -> str:
    names = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true/false",
        list: "an array",
        dict: "a table",
    }
    return names.get(type(value), type(value).__name__)


class _Checker:
    """Walks a parsed framework document, building the model and collecting problems."""

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self._locator: Locator | None = None
        self.problems: list[Problem] = []

    def problem(self, where: KeyPath, message: str) -> None:
        if self._locator is None:
            self._locator = Locator(self.text)
        self.problems.append(Problem(self.path, self._locator.line(where), message))

    # --- typed access -----------------------------------------------------

    def string(
        self,
        table: Mapping[str, Any],
        key: str,
        where: KeyPath,
        *,
        required: bool = False,
        pattern: re.Pattern[str] | None = None,
    ) -> str:
        if key not in table:
            if required:
                self.problem(where, f"missing '{key}'")
            return ""
        value = table[key]
        if not isinstance(value, str):
            self.problem((*where, key), f"'{key}' must be a string, not {_type_name(value)}")
            return ""
        if required and not value.strip():
            self.problem((*where, key), f"'{key}' is empty")
        if pattern is not None and value and not pattern.fullmatch(value):
            self.problem(
                (*where, key),
                f"'{key}' is {value!r}: use only a-z, 0-9 and '-' (no capitals, spaces or æøå)",
            )
        return value

    def tables(
        self, table: Mapping[str, Any], key: str, where: KeyPath, *, required: bool = False
    ) -> list[tuple[KeyPath, Mapping[str, Any]]]:
        if key not in table:
            if required:
                self.problem(where, f"missing '{key}'")
            return []
        value = table[key]
        if not isinstance(value, list):
            self.problem(
                (*where, key), f"'{key}' must be an array of tables, not {_type_name(value)}"
            )
            return []
        result: list[tuple[KeyPath, Mapping[str, Any]]] = []
        for index, element in enumerate(value):
            element_path = (*where, key, index)
            if isinstance(element, dict):
                result.append((element_path, element))
            else:
                self.problem(
                    element_path,
                    f"each entry of '{key}' must be a table, not {_type_name(element)}",
                )
        return result

    def unknown_keys(self, table: Mapping[str, Any], allowed: set[str], where: KeyPath) -> None:
        for key in table:
            if key not in allowed:
                import difflib  # only a file with a mistake needs it

                hint = difflib.get_close_matches(key, sorted(allowed), n=1)
                suffix = f" (did you mean '{hint[0]}'?)" if hint else ""
                self.problem((*where, key), f"unknown key '{key}'{suffix}")

    # --- the document -------------------------------------------------------

    def framework(self, doc: Mapping[str, Any], *, bundled: bool) -> Framework | None:
        top: KeyPath = ()
        self.unknown_keys(doc, TOP_KEYS, top)
        if "schema" not in doc:
            self.problem(top, "missing 'schema' (this format is schema = 1)")
        else:
            schema = doc["schema"]
            if not isinstance(schema, int) or isinstance(schema, bool):
                self.problem(("schema",), f"'schema' must be an integer, not {_type_name(schema)}")
            elif schema > SCHEMA:
                self.problem(
                    ("schema",),
                    f"schema {schema} is newer than this version of Lederbog understands "
                    f"({SCHEMA}); update Lederbog to read it",
                )
            elif schema < 1:
                self.problem(("schema",), f"schema {schema} is not a valid version (use 1)")
        kind = self.string(doc, "kind", top, required=True)
        if kind and kind != "framework":
            self.problem(
                ("kind",), f"'kind' is {kind!r}, but a framework file has kind = \"framework\""
            )
        framework_id = self.string(doc, "id", top, required=True, pattern=ID_PATTERN)
        title = self.string(doc, "title", top, required=True)
        organisation = self.string(doc, "organisation", top)
        source = self.string(doc, "source", top)
        summary = self.string(doc, "summary", top)
        language = self.string(doc, "language", top) or "da"
        if language not in ("da", "en"):
            self.problem(("language",), f'\'language\' is {language!r}: use "da" or "en"')

        roles = self.roles(doc)
        role_ids = {role.id for role in roles}
        item_ids: dict[str, KeyPath] = {}
        areas = self.areas(doc, role_ids, item_ids)
        lists = self.lists(doc)

        if self.problems:
            return None
        return Framework(
            id=framework_id,
            title=title,
            organisation=organisation,
            source=source,
            language=language,
            summary=summary,
            roles=tuple(roles),
            areas=tuple(areas),
            lists=tuple(lists),
            path=self.path,
            bundled=bundled,
        )

    def roles(self, doc: Mapping[str, Any]) -> list[Role]:
        roles: list[Role] = []
        seen: set[str] = set()
        for where, table in self.tables(doc, "roles", ()):
            self.unknown_keys(table, ROLE_KEYS, where)
            role_id = self.string(table, "id", where, required=True, pattern=ID_PATTERN)
            title = self.string(table, "title", where, required=True)
            if role_id in seen:
                self.problem((*where, "id"), f"duplicate role id '{role_id}'")
            seen.add(role_id)
            roles.append(Role(role_id, title))
        return roles

    def areas(
        self, doc: Mapping[str, Any], role_ids: set[str], item_ids: dict[str, KeyPath]
    ) -> list[Area]:
        areas: list[Area] = []
        seen: set[str] = set()
        entries = self.tables(doc, "areas", (), required=True)
        if "areas" in doc and isinstance(doc["areas"], list) and not doc["areas"]:
            self.problem(("areas",), "a framework needs at least one area")
        for where, table in entries:
            self.unknown_keys(table, AREA_KEYS, where)
            area_id = self.string(table, "id", where, required=True, pattern=ID_PATTERN)
            title = self.string(table, "title", where, required=True)
            if area_id in seen:
                self.problem((*where, "id"), f"duplicate area id '{area_id}'")
            seen.add(area_id)
            items = self.items(
                table, where, ITEM_KEYS, prefix=area_id, role_ids=role_ids, item_ids=item_ids
            )
            areas.append(
                Area(
                    id=area_id,
                    title=title,
                    summary=self.string(table, "summary", where),
                    prompt=self.string(table, "prompt", where),
                    items=tuple(items),
                )
            )
        return areas

    def items(
        self,
        table: Mapping[str, Any],
        where: KeyPath,
        allowed: set[str],
        *,
        prefix: str,
        role_ids: set[str],
        item_ids: dict[str, KeyPath],
        required: bool = False,
    ) -> list[Item]:
        items: list[Item] = []
        for position, (item_where, item) in enumerate(
            self.tables(table, "items", where, required=required), start=1
        ):
            self.unknown_keys(item, allowed, item_where)
            explicit_id = self.string(item, "id", item_where, pattern=ID_PATTERN)
            item_id = explicit_id or f"{prefix}-{position}"
            if item_id in item_ids:
                self.problem(
                    (*item_where, "id") if explicit_id else item_where,
                    f"duplicate item id '{item_id}'"
                    + ("" if explicit_id else " (derived from the position; give the item an id)"),
                )
            item_ids[item_id] = item_where
            role = self.string(item, "role", item_where)
            if role and role not in role_ids:
                declared = ", ".join(sorted(role_ids)) or "none"
                self.problem(
                    (*item_where, "role"),
                    f"role '{role}' is not declared in 'roles' (declared: {declared})",
                )
            items.append(
                Item(
                    id=item_id,
                    text=self.string(item, "text", item_where, required=True),
                    title=self.string(item, "title", item_where),
                    role=role,
                    group=self.string(item, "group", item_where),
                    prompt=self.string(item, "prompt", item_where),
                    by=self.string(item, "by", item_where),
                )
            )
        return items

    def lists(self, doc: Mapping[str, Any]) -> list[ReferenceList]:
        lists: list[ReferenceList] = []
        seen: set[str] = set()
        for where, table in self.tables(doc, "lists", ()):
            self.unknown_keys(table, LIST_KEYS, where)
            list_id = self.string(table, "id", where, required=True, pattern=ID_PATTERN)
            title = self.string(table, "title", where, required=True)
            if list_id in seen:
                self.problem((*where, "id"), f"duplicate list id '{list_id}'")
            seen.add(list_id)
            items = self.items(
                table,
                where,
                LIST_ITEM_KEYS,
                prefix=list_id,
                role_ids=set(),
                item_ids={},
                required=True,
            )
            lists.append(
                ReferenceList(
                    id=list_id,
                    title=title,
                    summary=self.string(table, "summary", where),
                    items=tuple(items),
                )
            )
        return lists


class _ParseCache:
    """The bundled framework files as parsed at the last start, keyed by their content.

    Parsing the TOML is most of the time it takes to load the bundled frameworks,
    and it gives the same result every start until Lederbog is upgraded. Only the
    parse is kept: every file is still checked in full each time. A cache that is
    missing, unreadable or from another Python is simply parsed anew; it lives in
    the cache folder, where deleting it loses nothing. The user's own files are
    always parsed.
    """

    NAME = "frameworks-parsed.json"
    MAX_BYTES = 16 * 1024 * 1024
    STAMP = f"1/python{sys.version_info[0]}.{sys.version_info[1]}"

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.docs: dict[str, Any] = {}
        self.used: dict[str, Any] = {}
        if path is None:
            return
        try:
            import json

            # A plain file only (a FIFO here must not hang every start), within a cap.
            saved = json.loads(read_file(path, max_bytes=self.MAX_BYTES))
        except (OSError, ValueError, RecursionError, MemoryError):
            return
        if isinstance(saved, dict) and saved.get("stamp") == self.STAMP:
            docs = saved.get("docs")
            if isinstance(docs, dict):
                self.docs = docs

    @classmethod
    def open(cls) -> _ParseCache:
        try:
            return cls(paths.cache_dir() / cls.NAME)
        except (OSError, RuntimeError):  # no cache folder to be had: parse every time
            return cls(None)

    def parse(self, path: Path, data: bytes, text: str) -> Any:
        """The guarded parse of `text`, unless the same bytes were parsed before."""
        import hashlib

        key = hashlib.blake2b(data, digest_size=16).hexdigest()
        doc = self.docs.get(key)
        if not isinstance(doc, dict):
            doc = _parse(path, text)
        self.used[key] = doc
        return doc

    def save(self) -> None:
        """Keep what was parsed this time (and only that), if it differs from what was kept."""
        if self.path is None or self.used == self.docs:
            return
        import json
        import tempfile

        try:
            payload = json.dumps({"stamp": self.STAMP, "docs": self.used}, ensure_ascii=False)
        except (TypeError, ValueError):
            return  # a value JSON cannot hold (a date): nothing is kept, all is parsed
        folder = self.path.parent
        try:
            if not folder.is_dir():
                # Private, like the search index that shares the folder.
                folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=".frameworks-")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as file:
                    file.write(payload)
                os.replace(temporary, self.path)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except (OSError, ValueError):
            pass  # a cache that cannot be written only costs the parsing next time


def load_file(
    path: Path,
    *,
    bundled: bool = False,
    cache: _ParseCache | None = None,
    follow_links: bool = True,
) -> LoadResult:
    """Read, parse and check one framework file. Never raises for a bad file, never
    blocks on one that is not a plain file (a FIFO), never reads past the size cap."""
    try:
        data = read_file(path, max_bytes=MAX_FILE_BYTES, follow_links=follow_links)
    except FileTooLarge:
        limit = MAX_FILE_BYTES // 1024 // 1024
        return LoadResult(None, [Problem(path, 0, f"file is larger than {limit} MB")])
    except NotRegularFile as error:
        return LoadResult(None, [Problem(path, 0, reason(error))])
    except OSError as error:
        return LoadResult(None, [Problem(path, 0, f"cannot read: {error.strerror or error}")])
    return load_bytes(path, data, bundled=bundled, cache=cache)


def load_bytes(
    path: Path, data: bytes, *, bundled: bool = False, cache: _ParseCache | None = None
) -> LoadResult:
    """Parse and check the content of a framework file named `path`."""
    if data.startswith(b"\xef\xbb\xbf"):
        # Editors on Windows add a byte-order mark; tomllib refuses it, we need not.
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return LoadResult(None, [Problem(path, line, "not UTF-8 text (save the file as UTF-8)")])
    try:
        doc = _parse(path, text) if cache is None else cache.parse(path, data, text)
    except TomlRefused as error:
        return LoadResult(None, [Problem(path, error.line, error.reason)], text)
    checker = _Checker(path, text)
    framework = checker.framework(doc, bundled=bundled)
    checker.problems.sort(key=lambda problem: problem.line)
    return LoadResult(framework, checker.problems, text)


def _parse(path: Path, text: str) -> dict[str, Any]:
    """A framework file's document through the guarded reader (no minutes-long parses)."""
    return loads_guarded(text, name=str(path), max_bytes=MAX_FILE_BYTES)


def framework_files(directory: Path) -> list[Path]:
    """The `*.toml` files of a folder, sorted; none if it does not exist."""
    return _listed(directory)[0]


def _listed(directory: Path) -> tuple[list[Path], list[Problem]]:
    """The `*.toml` names of a folder that are not folders (a FIFO or a link among them is
    then refused by name when read, not skipped in silence), and a problem if the folder
    cannot be read."""
    try:
        names = sorted(p for p in directory.iterdir() if p.suffix == ".toml" and not p.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return [], []
    except OSError as error:
        return [], [Problem(directory, 0, f"{UNREADABLE_FOLDER}: {error.strerror or error}")]
    return names, []


def load_all(data_dir: Path | None = None) -> FrameworkSet:
    """The bundled frameworks and the user's own (from `<data dir>/frameworks`)."""
    result = FrameworkSet()
    sources: list[tuple[Path, bool]] = [
        (p, True) for p in framework_files(paths.bundled_frameworks_dir())
    ]
    if data_dir is not None:
        user_files, problems = _listed(paths.user_frameworks_dir(data_dir))
        result.problems.extend(problems)
        sources += [(p, False) for p in user_files]
    cache = _ParseCache.open()
    _add_all(result, sources, cache)
    cache.save()
    return result


def _add_all(
    result: FrameworkSet, sources: Iterable[tuple[Path, bool]], cache: _ParseCache | None = None
) -> None:
    for path, bundled in sources:
        # The user's files sit in the data folder: plain files only, never through a link.
        loaded = load_file(
            path, bundled=bundled, cache=cache if bundled else None, follow_links=bundled
        )
        result.problems.extend(loaded.problems)
        framework = loaded.framework
        if framework is None:
            continue
        existing = result.frameworks.get(framework.id)
        if existing is not None:
            kind = "a bundled framework" if existing.bundled else str(existing.path)
            result.problems.append(
                Problem(
                    path,
                    Locator(loaded.text).line(("id",)),
                    f"framework id '{framework.id}' is already used by {kind}; "
                    "give this file another id",
                )
            )
            continue
        result.frameworks[framework.id] = framework


def check_files(files: Iterable[Path]) -> list[Problem]:
    """Every problem in the given files, including an id that another framework has.

    A file's id must not be taken by a bundled framework (unless the file is
    that bundled framework) nor by another of the files checked together.
    """
    problems: list[Problem] = []
    bundled = {
        framework.id: framework.path
        for framework in (
            load_file(p, bundled=True).framework
            for p in framework_files(paths.bundled_frameworks_dir())
        )
        if framework is not None
    }
    seen: dict[str, Path] = {}
    for path in files:
        loaded = load_file(path)
        problems.extend(loaded.problems)
        framework = loaded.framework
        if framework is None:
            continue
        line = Locator(loaded.text).line(("id",))
        bundled_path = bundled.get(framework.id)
        if bundled_path is not None and not _same_file(bundled_path, path):
            problems.append(
                Problem(
                    path,
                    line,
                    f"framework id '{framework.id}' is taken by a bundled framework; "
                    "choose another id",
                )
            )
        elif framework.id in seen:
            problems.append(
                Problem(
                    path,
                    line,
                    f"framework id '{framework.id}' is also used by {seen[framework.id]}",
                )
            )
        seen[framework.id] = path
    return problems


def _same_file(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False
