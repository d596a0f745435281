"""pytest hooks only: options, collection, items, failure text, reports.

Nothing of the engine is imported unless ``--privacy`` is given: this module
is loaded by every pytest run in an environment where the plugin is
installed.
"""
from __future__ import annotations

import fnmatch
import functools
import os
from pathlib import Path

import pytest

_STATE = pytest.StashKey["PrivacySession"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    g = parser.getgroup("privacylint", "privacy policy linting (pytest-privacylint)")
    g.addoption("--privacy", action="store_true", default=False,
                help="lint privacy policy files among the given paths (or [tool.privacylint] paths)")
    g.addoption("--privacy-config", metavar="FILE", default=None,
                help="read options from this pyproject.toml or privacylint.toml")
    g.addoption("--privacy-report", metavar="FORMAT:FILE", action="append", default=[],
                help="write a report when the session ends (json, sarif, html): FORMAT:FILE; repeatable")
    g.addoption("--privacy-mode", choices=("strict", "lenient"), default=None,
                help="strictness: lenient accepts categories of recipients and account-tied retention")
    g.addoption("--privacy-language", metavar="CODE", default=None,
                help="vocabulary to use: auto (default) or a language code")
    g.addoption("--privacy-no-suppress", action="store_true", default=False,
                help="ignore inline `privacylint: disable=...` comments (audits)")
    g.addoption("--privacy-baseline", metavar="FILE", default=None,
                help="accepted failures (TOML or JSON): recorded failures are XFAIL, new ones fail")
    g.addoption("--privacy-baseline-update", action="store_true", default=False,
                help="rewrite the baseline with this run's failures (which then count as baselined)")
    g.addoption("--privacy-explain", metavar="CHECK|FILE::CHECK", default=None,
                help="print a check's documentation, or every candidate span it considered in FILE, then exit")
    g.addoption("--privacy-show-config", metavar="FILE", nargs="?", const="", default=None,
                help="print the effective configuration (for FILE, with per-file overrides) and where each value came from, then exit")


def pytest_addhooks(pluginmanager) -> None:
    from .hookspecs import PytestBridge

    pluginmanager.add_hookspecs(PytestBridge)


def _enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("privacy", False))


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config):
    explain = config.getoption("privacy_explain", None)
    show = config.getoption("privacy_show_config", None)
    if explain is None and show is None and not _enabled(config):
        return None
    from ._config import ConfigError

    try:
        if explain is not None:
            from ._explain import explain as run_explain

            print(run_explain(explain, _load_config(config)))
            return 0
        if show is not None:
            from ._explain import show_config

            print(show_config(_load_config(config), show or None))
            return 0
    except ConfigError as exc:
        raise pytest.UsageError(str(exc)) from None
    return None


def _group_by_file_under_xdist(config: pytest.Config) -> None:
    """Keep each policy file's items on one worker: `-n` without `--dist`
    (which xdist turns into "load") becomes "loadfile"."""
    if not getattr(config.option, "numprocesses", None) or getattr(config.option, "dist", "no") != "load":
        return
    args = list(config.invocation_params.args) + os.environ.get("PYTEST_ADDOPTS", "").split()
    if any(a in ("--dist", "-d", "--distload") or a.startswith("--dist=") for a in args):
        return
    config.option.dist = "loadfile"


def _load_config(config: pytest.Config):
    from ._config import find_config_file, load_config

    baseline = config.getoption("privacy_baseline", None)
    overrides = {
        "mode": config.getoption("privacy_mode", None),
        "language": config.getoption("privacy_language", None),
        "suppressions": False if config.getoption("privacy_no_suppress", False) else None,
        "baseline": baseline or None,
    }
    path = find_config_file(config.getoption("privacy_config", None), config.inipath, Path.cwd())
    cfg = load_config(path, overrides=overrides)
    extra = list(config.getoption("privacy_report", None) or [])
    if extra:
        from ._config import parse_report_spec

        for spec in extra:
            parse_report_spec(spec)
        cfg.reports = list(cfg.reports) + extra
        cfg.origins["reports"] = "command line"
    return cfg


def pytest_configure(config: pytest.Config) -> None:
    if not _enabled(config):
        return
    from ._config import ConfigError
    from ._registry import RegistryError

    try:
        cfg = _load_config(config)
        update = bool(config.getoption("privacy_baseline_update", False))
        if update and not cfg.baseline:
            raise ConfigError("--privacy-baseline-update needs a baseline: --privacy-baseline=FILE or `baseline` in the configuration")
        baseline = None
        if cfg.baseline:
            from ._baseline import Baseline

            baseline = Baseline.load(cfg.baseline_path(), missing_ok=update)
        registered = cfg.registered_checks()
        known = {c.id for c in registered}
        for result in config.hook.pytest_privacylint_checks():
            for check in result or ():
                if check.id in known:
                    raise RegistryError(f"two checks share the id {check.id!r}")
                known.add(check.id)
                registered.append(check)
        # enabled somewhere: globally, or for some files by [[per-file]] `checks`
        wanted = set(cfg.checks) if cfg.checks is not None else set(known)
        for pf in cfg.per_file:
            wanted |= set(pf.get("checks", ()))
        checks = [c for c in registered if c.id in wanted]
    except (ConfigError, RegistryError) as exc:
        raise pytest.UsageError(str(exc)) from None
    config.addinivalue_line("markers", "privacy: a privacy-policy disclosure check (pytest-privacylint)")
    for check in checks:
        config.addinivalue_line("markers", f"{check.marker}: privacy check {check.id}")
    session = PrivacySession(config, cfg, checks, baseline=baseline, update_baseline=update)
    config.stash[_STATE] = session
    _group_by_file_under_xdist(config)
    config.pluginmanager.register(session, "privacylint-session")
    config.pluginmanager.register(_NoDoctestOfPolicies(config), "privacylint-no-doctest-of-policies")
    # no path arguments: lint `paths` from the configuration, beside testpaths
    if cfg.paths and config.args_source != pytest.Config.ArgsSource.ARGS:
        base = Path(cfg.base_dir)
        extra = [str((base / p).resolve()) for p in cfg.paths]
        if config.args_source == pytest.Config.ArgsSource.INVOCATION_DIR:
            config.args[:] = extra
        else:
            config.args[:] = list(config.args) + extra


class _NoDoctestOfPolicies:
    """pytest's doctest plugin collects every ``.txt`` file named on the
    command line, not only those matching ``--doctest-glob``: a policy text
    would be run as Python examples (its ">>>" lines executed) and a policy
    not in UTF-8 would stop the collection. For a file this plugin lints,
    the doctest collector is dropped unless the file matches the glob."""

    def __init__(self, config: pytest.Config):
        self.globs = config.getoption("doctestglob", None) or ["test*.txt"]

    @pytest.hookimpl(wrapper=True)
    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector):
        found = yield
        if not found or not any(isinstance(c, PolicyFile) for c in found):
            return found
        if any(fnmatch.fnmatch(file_path.name, g) for g in self.globs):
            return found
        return [c for c in found if type(c).__name__ != "DoctestTextfile"]


class PrivacySession:
    """Per-run state and the hooks active only with --privacy."""

    def __init__(self, config: pytest.Config, cfg, checks, *, baseline=None, update_baseline=False):
        self.config = config
        self.cfg = cfg
        self.checks = checks
        self.baseline = baseline
        self.update_baseline = update_baseline
        self.baseline_ran: dict[tuple[str, str], set[str]] = {}  # (key, check) -> failing fingerprints
        self.baseline_failures: list = []  # entries for --privacy-baseline-update
        self.baseline_stale: list = []
        self._cache = None
        self._roots = None
        self._norecurse = None  # pytest's norecursedirs, read once (the hook sees every path)
        self._config_sha = None  # the hash of the configuration most files share
        self._reporter = None
        self.cached_files: set[str] = set()
        self.is_worker = hasattr(config, "workerinput")
        self.files: dict[str, dict] = {}  # path -> file entry (JSON), filled from reports
        self.collected = 0
        self.deselected = 0
        self.reported: set[str] = set()
        self.stopped_early = False
        self.collected_files: dict[str, Path] = {}  # file node id -> path, for files no check ran on

    # -- collection -------------------------------------------------------------
    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector):
        rel = _relpath(file_path, self.config.rootpath)
        if not self.cfg.is_included(rel):
            return None
        return PolicyFile.from_parent(parent, path=file_path, **_node_names(parent, file_path), session_state=self)

    def roots(self) -> tuple[list[Path], list[Path]]:
        """The paths this run lints (absolute, and with links resolved)."""
        if self._roots is None:
            base = self.config.invocation_params.dir
            given = [Path(os.path.abspath(base / a.split("::")[0])) for a in self.config.args] or [self.config.rootpath]
            self._roots = (given, [p.resolve() for p in given])
        return self._roots

    def config_sha(self, shown: str) -> str:
        """The hash of a file's effective configuration (the cache key's part);
        computed once for every file no [[per-file]] entry matches."""
        cfg = self.cfg.for_file(shown)
        if cfg is not self.cfg:
            return cfg.sha256()
        if self._config_sha is None:
            self._config_sha = cfg.sha256()
        return self._config_sha

    def link_problem(self, path: Path) -> str | None:
        from ._walk import link_problem

        return link_problem(path, self.roots()[1], self.cfg.follow_symlinks)

    @pytest.hookimpl(tryfirst=True)
    def pytest_ignore_collect(self, collection_path: Path, config: pytest.Config):
        from ._walk import hidden_ancestor, is_virtualenv, matches_norecurse

        if collection_path.is_symlink() and self.link_problem(collection_path):
            return True  # PolicyDir reports it as an error entry
        rel = _relpath(collection_path, self.config.rootpath)
        if self._norecurse is None:
            self._norecurse = list(self.config.getini("norecursedirs"))
        patterns = self._norecurse
        if collection_path.is_dir():
            if (collection_path / "CACHEDIR.TAG").is_file():
                return True  # a cache (.pytest_cache, .mypy_cache ...), never policies
            if (matches_norecurse(collection_path, patterns) and not self.cfg.is_excluded_folder(rel)
                    and not is_virtualenv(collection_path) and collection_path.name != "__pycache__"):
                return False  # pytest would hide it; policies in it are still linted
            return None
        if not self.cfg.is_included(rel) and hidden_ancestor(collection_path, self.roots()[0], patterns):
            return True  # only policies are taken from folders pytest hides
        return None

    @pytest.hookimpl(tryfirst=True)
    def pytest_collect_directory(self, path: Path, parent: pytest.Collector):
        if (path / "__init__.py").is_file():
            return None  # a Python package stays pytest's
        folder = PolicyDir.from_parent(parent, path=path)
        folder.state = self
        return folder

    def pytest_deselected(self, items) -> None:
        self.deselected += sum(1 for i in items if isinstance(i, PolicyItem))

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        items = [i for i in session.items if isinstance(i, PolicyItem)]
        self.collected = len({i.nodeid for i in items})  # an item collected twice (--keep-duplicates) runs under one id
        self.collected_files = {i.parent.nodeid: i.parent.path for i in items}

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node, ids) -> None:
        self.collected = max(self.collected, len(set(ids)))
        for nodeid in ids:  # "policies/acme.md::retention-limit": the file part is relative to the rootdir
            file_id = nodeid.rpartition("::")[0]
            if file_id and file_id not in self.collected_files:
                self.collected_files[file_id] = self.config.rootpath / file_id

    # -- results ----------------------------------------------------------------
    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call):
        """Policy items' reports carry the check's result (JSON form) as an
        attribute (xdist sends report attributes to the controller; JUnit
        XML stays free of it), and their errors read as the tool's own
        message, not as an exception."""
        report = yield
        if isinstance(item, PolicyItem):
            report.privacylint = item.result_json if call.when == "setup" else None
            if call.excinfo is not None and isinstance(call.excinfo.value, (PolicyError, PolicyFinding)):
                report.longrepr = str(call.excinfo.value)
        return report

    @pytest.hookimpl(trylast=True)
    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if self.is_worker:
            return
        if report.passed and report.when in ("setup", "teardown"):
            self._forget_quiet_phase(report)
        if report.when != "setup":
            return
        value = getattr(report, "privacylint", None)
        if not (isinstance(value, dict) and value.get("check")):
            return
        entry = self.files.setdefault(value["file"]["path"], dict(value["file"], checks=[]))
        if any(c["id"] == value["check"]["id"] for c in entry["checks"]):
            return  # the same file collected twice (--keep-duplicates): one entry, each check once
        entry["checks"].append(value["check"])
        self.reported.add(report.nodeid)
        if value.get("cached"):
            self.cached_files.add(value["file"]["path"])
        if value.get("baseline"):
            self._record_for_baseline(value["baseline"], value["check"])

    def _forget_quiet_phase(self, report: pytest.TestReport) -> None:
        """Drop a policy item's passing setup/teardown report from the terminal
        reporter's uncategorised list. For every failure pytest scans that
        whole list for teardown sections (quadratic in the number of items:
        pytest issue 13360); policy items never have any, and nothing else
        shows these reports."""
        if not hasattr(report, "privacylint"):
            return
        if self._reporter is None:
            self._reporter = self.config.pluginmanager.get_plugin("terminalreporter") or False
        quiet = self._reporter.stats.get("") if self._reporter else None
        if quiet and quiet[-1] is report:
            quiet.pop()

    def _record_for_baseline(self, b: dict, check: dict) -> None:
        if check["outcome"] not in ("pass", "fail"):
            return  # an errored check says nothing about its baseline entries
        failing = self.baseline_ran.setdefault((b["key"], check["id"]), set())
        if check["outcome"] == "fail" and not check["suppressed"]:
            from ._baseline import Entry

            failing.add(b["fingerprint"])
            self.baseline_failures.append(Entry(b["key"], check["id"], b["fingerprint"], check["message"]))

    def result_cache(self):
        """The results cache, when enabled and pytest's cache is there."""
        if self._cache is None:
            self._cache = False
            if self.cfg.cache and getattr(self.config, "cache", None) is not None:
                from ._cache import ResultCache

                self._cache = ResultCache(self.config.cache.mkdir("privacylint"), self.checks)
        return self._cache or None

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus) -> None:
        if self.is_worker:
            return
        self.stopped_early = bool(session.shouldstop or session.shouldfail)
        if self.baseline is not None:
            if self.update_baseline:
                entries = self.baseline.updated(self.baseline_failures, set(self.baseline_ran))
                self.baseline.write(entries)
                self.baseline_written = len(entries)
            else:
                self.baseline_stale = self.baseline.stale(self.baseline_ran)
        if not self.cfg.reports:
            return
        from ._config import parse_report_spec
        from .reports import write

        report = self.json_report()
        ctx = self.report_context()
        for spec in self.cfg.reports:
            fmt, path = parse_report_spec(spec)
            try:
                write(fmt, path, report, ctx)
            except ModuleNotFoundError as exc:
                if exc.name != f"pytest_privacylint.reports.{fmt}":
                    raise
                raise pytest.UsageError(f"--privacy-report: the {fmt} report is not available yet") from None

    def report_context(self):
        from .reports import ReportContext

        return ReportContext(checks=self.checks, rootdir=self.config.rootpath,
                             invocation_dir=self.config.invocation_params.dir, config=self.cfg)

    def checks_for(self, shown: str) -> set[str]:
        """Ids of the checks enabled for one file (its display path)."""
        ids = self.cfg.for_file(shown).checks
        return set(ids) if ids is not None else {c.id for c in self.checks if self.cfg.checks is None or c.id in self.cfg.checks}

    def selection(self) -> str:
        partial = self.deselected > 0 or len(self.reported) < self.collected or self.stopped_early
        if any({c["id"] for c in f["checks"]} != self.checks_for(path) for path, f in self.files.items()):
            partial = True
        return "partial" if partial else "complete"

    def add_unrun_files(self) -> None:
        """report-json.md: every collected policy file appears once. A file
        whose checks were collected but none ran (``-x``, ``--maxfail``, an
        interrupt) gets its file entry (read and decoded, no check run) with
        no checks and a note saying so."""
        if not self.stopped_early and len(self.reported) >= self.collected:
            return  # every collected item reported: every file has its entry
        from ._engine import error_result, lint_path

        seen = set(self.files)
        for path in self.collected_files.values():
            shown = display_path(path, self.config)
            if shown in seen or not os.path.lexists(path):
                continue  # already reported, or a node id that is not a path (an escaped name)
            seen.add(shown)
            cfg = self.cfg.for_file(shown)
            problem = self.link_problem(path) if path.is_symlink() else None
            res = error_result(shown, problem, cfg, []) if problem else lint_path(path, cfg, display_path=shown, checks=[])
            entry = res.to_json()
            entry["notes"].append("no check ran on this file: the session stopped before its items")
            self.files[shown] = entry

    def json_report(self) -> dict:
        from .reports import json as json_report

        self.add_unrun_files()
        stale = [{"path": e.path, "check": e.check, "fingerprint": e.fingerprint} for e in self.baseline_stale]
        return json_report.build(list(self.files.values()), mode=self.cfg.mode, config_sha256=self.cfg.sha256(),
                                 checks=self.checks, selection=self.selection(), baseline_stale=stale)

    def pytest_terminal_summary(self, terminalreporter, exitstatus, config) -> None:
        if self.is_worker or not self.files:
            return
        from .reports.summary import baseline_lines, note_lines, summary_lines

        terminalreporter.section("privacylint")
        for line in summary_lines(self.files.values(), self.checks):
            terminalreporter.write_line(line)
        if self.cached_files:
            terminalreporter.write_line(f"results cache: {len(self.cached_files)} of {len(self.files)} files unchanged, results reused")
        for line in note_lines(self.files.values()):
            terminalreporter.write_line(line, yellow=True)
        if self.baseline is not None:
            for line in baseline_lines(self.baseline, self.baseline_stale, getattr(self, "baseline_written", None)):
                terminalreporter.write_line(line)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            import importlib.util

            if importlib.util.find_spec("pytest_privacylint.reports.github"):
                from .reports import github

                github.emit(self.json_report(), self.report_context(), terminalreporter.write_line)


def _node_names(parent: pytest.Collector, path: Path) -> dict:
    """pytest prints node ids raw: a file name with control characters (ESC,
    CR, LF...) gets an escaped node name and id; other files keep pytest's."""
    from .reports.text import safe

    name = safe(path.name)
    if name == path.name:
        return {}
    return {"name": name, "nodeid": f"{parent.nodeid}/{name}" if parent.nodeid else name}


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def display_path(path: Path, config: pytest.Config) -> str:
    """report-json.md: relative to the rootdir when inside it, else as given.
    A symbolic link is named by its own path, not its target's."""
    candidates = [(Path(os.path.abspath(path)), config.rootpath)]
    try:
        candidates.append((path.resolve(), config.rootpath.resolve()))
    except (OSError, RuntimeError):  # a symbolic link loop
        pass
    for p, root in candidates:
        try:
            return p.relative_to(root).as_posix()
        except ValueError:
            continue
    try:
        return os.path.relpath(path, config.invocation_params.dir).replace(os.sep, "/")
    except ValueError:
        return path.as_posix()


class PolicyDir(pytest.Dir):
    """pytest's folder collector, plus an error entry for each symbolic link
    in the folder that cannot be followed (instead of silence)."""

    def collect(self):
        yield from super().collect()
        try:
            entries = sorted(os.scandir(self.path), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            if not entry.is_symlink():
                continue
            path = Path(entry.path)
            problem = self.state.link_problem(path)
            if problem is None:
                continue
            rel = _relpath(path, self.config.rootpath)
            if self.state.cfg.is_excluded(rel) or self.state.cfg.is_excluded_folder(rel):
                continue
            if not self.state.cfg.is_included(rel) and not (path.is_dir() or "loop" in problem):
                continue  # a link to something that is not a policy
            yield PolicyFile.from_parent(self, path=path, **_node_names(self, path), session_state=self.state, problem=problem)


class PolicyFile(pytest.File):
    """One policy file: one item per enabled check. Collection never reads the
    file; the first item's setup lints it once for all its items."""

    def __init__(self, *, session_state: PrivacySession, problem: str | None = None, **kwargs):
        super().__init__(**kwargs)
        self.state = session_state
        self.problem = problem  # why the path cannot be followed (a symbolic link)
        self._result = None
        self._meta = None
        self.cached = False  # the result came from the results cache

    @functools.cached_property
    def shown(self) -> str:
        """The path reports use (computed once: collection and setup ask)."""
        return display_path(self.path, self.config)

    def enabled_checks(self) -> list:
        """The checks enabled for this file ([[per-file]] `checks` applied)."""
        ids = self.state.checks_for(self.shown)
        return [c for c in self.state.checks if c.id in ids]

    def collect(self):
        for check in self.enabled_checks():
            item = PolicyItem.from_parent(self, name=check.id, check=check)
            item.add_marker("privacy")
            item.add_marker(check.marker)
            yield item

    def result(self):
        if self._result is None and self.problem is None and self.path.is_symlink():
            self.problem = self.state.link_problem(self.path)  # replaced by a link after collection
        if self._result is None and self.problem:
            from ._engine import error_result

            shown = self.shown
            self._result = error_result(shown, self.problem, self.state.cfg.for_file(shown), self.enabled_checks())
        if self._result is None:
            from ._engine import lint_path

            shown = self.shown
            cache = self.state.result_cache()
            key = self.state.config_sha(shown) if cache else ""
            self._result = cache.get(self.path, shown, key) if cache else None
            self.cached = self._result is not None
            if self._result is None:
                self._result = lint_path(self.path, self.state.cfg, display_path=shown, checks=self.enabled_checks())
                if cache:
                    cache.put(self.path, shown, key, self._result)
        return self._result

    def meta_json(self) -> dict:
        """The file entry of the JSON report, checks aside (each item sends a copy)."""
        if self._meta is None:
            self._meta = self.result().meta_json()
        return dict(self._meta, notes=list(self._meta["notes"]))


class PolicyFinding(Exception):
    """A disclosure is missing; the message is the tool's own failure text."""


class PolicyError(pytest.fail.Exception):
    """The file or the check could not be evaluated. Raised at setup, where
    pytest formats the error itself (``repr_failure`` is for the call): as
    a ``pytest.fail`` without a traceback, it is formatted as its message
    alone, with no source read and parsed for a traceback it would not
    show (about 70 ms an item)."""

    def __init__(self, msg: str) -> None:
        super().__init__(msg, pytrace=False)


class PolicyItem(pytest.Item):
    def __init__(self, *, check, **kwargs):
        super().__init__(**kwargs)
        self.check = check
        self.res = None
        self.result_json = None  # what the controller collects for the reports
        self.line = 1  # 1-based line a skip is reported at (a suppression's comment)

    def setup(self) -> None:
        from .reports.text import failure_text

        fr = self.parent.result()
        res = fr.check(self.check.id)
        self.res = res
        prop = {"file": self.parent.meta_json(), "check": None, "cached": self.parent.cached}
        baseline = self.parent.state.baseline
        if res is not None and baseline is not None:
            from ._baseline import fingerprint

            prop["baseline"] = {"key": baseline.key(self.path), "fingerprint": fingerprint(res.to_json())}
            if res.outcome == "fail" and not res.suppressed:
                recorded = baseline.has(prop["baseline"]["key"], res.id, prop["baseline"]["fingerprint"])
                res.baselined = recorded or self.parent.state.update_baseline
        prop["check"] = res.to_json() if res else None
        self.result_json = prop
        if res is None:
            raise PolicyError(f"{fr.path}:1:1: error: check {self.check.id} produced no result")
        if res.outcome == "error":
            raise PolicyError(failure_text(fr.path, res))

    def runtest(self) -> None:
        from .reports.text import evidence_text, failure_text, first_line, safe

        res = self.res
        path = self.parent.result().path
        if res.outcome == "pass":
            self.add_report_section("call", "evidence", evidence_text(path, res))
            return
        if res.outcome == "skipped":
            raise _skip(res.reason or "not decidable")
        if res.suppressed:
            self.line = res.suppressed["line"]
            raise _skip(safe(f"suppressed: {res.suppressed['reason']} (line {res.suppressed['line']})"))
        if res.baselined:
            pytest.xfail("baselined: " + first_line(path, res))
        if res.severity == "warning":
            pytest.xfail(first_line(path, res))
        raise PolicyFinding(failure_text(path, res))

    def repr_failure(self, excinfo, style=None):
        # an xfail (a warning, a baselined failure) is formatted too, though
        # only its reason is shown: its message, not a traceback
        if isinstance(excinfo.value, (PolicyFinding, PolicyError, pytest.xfail.Exception)):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        # the domain titles the failure section; it must not end the node id,
        # or pytest's verbose line turns the file name's dots into "::"
        return self.path, self.line - 1, f"{self.nodeid.rpartition('::')[0]}: {self.name}"


def _skip(reason: str) -> BaseException:
    """A skip reported at the policy file (with -rs), not at this module."""
    return pytest.skip.Exception(reason, _use_item_location=True)
