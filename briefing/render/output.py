"""Writing outputs all or nothing, and finding the templates.

:func:`write_outputs` writes every output of a run to a temporary file beside its target
(``.briefing.<pid>-<random>.<name>.tmp``), and only when all of them are complete renames them
over their targets, with interrupts held back for the few microseconds that takes. A failure or
an interruption before that leaves every existing file as it was; a run killed with SIGKILL leaves
at most its temporary files, which the next run in that folder removes.

Special targets are written the way a shell redirection would: ``-``, ``/dev/stdout``,
``/dev/stderr`` and ``/dev/fd/N`` (also ``/proc/self/fd/N``, process substitution) go to the open
file descriptor; character devices and named pipes are opened and written directly; a symbolic
link is followed and its target replaced, the link kept.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import secrets
import signal
import stat
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, OutputError

TEMPLATE_NAMES = ("briefing.html.j2", "briefing.css", "briefing.md.j2")

TEMP_PATTERN = re.compile(r"\.briefing\.(?P<pid>\d+)-[0-9a-f]{8}\..+\.tmp")
"""Names of this program's temporary files (``.briefing.<pid>-<random>.<name>.tmp``)."""
STALE_AFTER = 600.0
"""Seconds after which an unlocked temporary file of a running process id counts as stale."""

_FD_PATH = re.compile(r"/(?:dev/fd|proc/self/fd|proc/(?P<pid>\d+)/fd)/(?P<fd>\d+)")
_STD_PATHS = {"-": 1, "/dev/stdout": 1, "/dev/stderr": 2}


@dataclass(frozen=True)
class Target:
    """Where one output goes and how it is written.

    Attributes:
        name: the path as the user gave it (named in messages).
        how: ``"fd"`` (an open file descriptor), ``"direct"`` (a device or named pipe, opened and
            written), or ``"replace"`` (a regular file, written atomically).
        path: the file to open (``"direct"``) or replace (``"replace"``, symbolic links resolved).
        fd: the descriptor for ``"fd"``.
    """

    name: str
    how: str
    path: str = ""
    fd: int = -1


def _shown(name: str) -> str:
    from ..ingest.decode import display_path

    return display_path(name)


def resolve_target(name: str | os.PathLike[str]) -> Target:
    """How the output ``name`` is written (see :class:`Target`); checks nothing beyond that.

    Raises:
        OutputError: the path names a folder.
    """
    name = os.fspath(name)
    if name in _STD_PATHS:
        return Target(name, "fd", fd=_STD_PATHS[name])
    m = _FD_PATH.fullmatch(os.path.normpath(name)) if name.startswith("/") else None
    if m and (m["pid"] is None or int(m["pid"]) == os.getpid()):
        return Target(name, "fd", fd=int(m["fd"]))
    try:
        info = os.stat(name)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(_shown(name), f"cannot write: {_problem(exc)}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(_shown(name), "is a folder, not a file")
    if info is not None and not stat.S_ISREG(info.st_mode):
        return Target(name, "direct", path=name)
    return Target(name, "replace", path=os.path.realpath(name))


def _problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    return exc.strerror or str(exc)


def check_destination(name: str | os.PathLike[str]) -> Target:
    """Check, before any work, that the output ``name`` can be written; returns its :class:`Target`.

    Temporary files that killed runs left beside it are removed (:func:`clear_stale_temporaries`).

    Raises:
        OutputError: the folder is missing or not writable, the file is read-only, the path is a
            folder, or a file descriptor is not open for writing.
    """
    target = resolve_target(name)
    shown = _shown(target.name)
    if target.how == "fd":
        try:
            import fcntl

            flags = fcntl.fcntl(target.fd, fcntl.F_GETFL)
        except OSError:
            raise OutputError(shown, f"file descriptor {target.fd} is not open") from None
        if flags & os.O_ACCMODE == os.O_RDONLY:
            raise OutputError(shown, f"file descriptor {target.fd} is open for reading only")
        return target
    if target.how == "direct":
        if not os.access(target.path, os.W_OK):
            raise OutputError(shown, "is not writable")
        return target
    folder = os.path.dirname(target.path) or "."
    if not os.path.isdir(folder):
        raise OutputError(shown, f"folder {_shown(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(shown, f"folder {_shown(folder)!r} is not writable")
    if os.path.exists(target.path) and not os.access(target.path, os.W_OK):
        raise OutputError(shown, "is not writable")
    clear_stale_temporaries(folder)
    return target


def clear_stale_temporaries(folder: str | os.PathLike[str]) -> list[str]:
    """Remove temporary files a killed run of this program left in ``folder``; returns their names.

    A temporary file is stale when the process named in it no longer runs, or when no process
    holds its lock and it is older than :data:`STALE_AFTER` seconds (the process id was reused).
    Files of running writers, links, and any name not of :data:`TEMP_PATTERN` are left alone.
    """
    removed: list[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = TEMP_PATTERN.fullmatch(name)
        if not m:
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if not stat.S_ISREG(info.st_mode) or not _is_stale(path, int(m["pid"]), info.st_mtime):
                continue
            os.unlink(path)
            removed.append(name)
        except OSError:
            continue
    return removed


def _pid_runs(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: another user's process
        return True
    return True


def _is_stale(path: str, pid: int, mtime: float) -> bool:
    if not _pid_runs(pid):
        return True
    if time.time() - mtime < STALE_AFTER or pid == os.getpid():
        return False
    import fcntl

    fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a writer holds it
    finally:
        os.close(fd)
    return True


@dataclass
class _Pending:
    target: Target
    payload: bytes
    tmp: str | None = None


def write_outputs(outputs: list[tuple[str | os.PathLike[str], bytes | str]]) -> list[str]:
    """Write every output, all or nothing; ``str`` data as UTF-8. Returns the names written.

    Regular files are written to temporary files first (each fsynced), then written streams
    (``-``, devices, pipes), then every temporary file is renamed over its target. Any failure
    before the renames, and any interruption (Ctrl-C, SIGTERM, SIGHUP), leaves all existing
    files untouched and removes the temporary files; stale temporary files of killed runs in the
    target folders are removed first (by :func:`check_destination`).

    Raises:
        OutputError: an output cannot be written (naming it and the reason).
    """
    pending = [_Pending(check_destination(name), data.encode("utf-8") if isinstance(data, str) else bytes(data))
               for name, data in outputs]
    folders = {os.path.dirname(p.target.path) or "." for p in pending if p.target.how == "replace"}
    locks: list[int] = []
    try:
        for p in pending:
            if p.target.how == "replace":
                _write_temporary(p, locks)
        for p in pending:
            if p.target.how != "replace":
                _write_stream(p)
        with _signals_held():
            for p in pending:
                if p.target.how == "replace":
                    _replace(p)
    finally:
        for p in pending:
            if p.tmp is not None:
                try:
                    os.unlink(p.tmp)
                except OSError:
                    pass
        for fd in locks:
            try:
                os.close(fd)
            except OSError:
                pass
    for folder in sorted(folders):
        _sync_folder(folder)
    return [p.target.name for p in pending]


def _write_temporary(p: _Pending, locks: list[int]) -> None:
    """Write ``p.payload`` to a new locked temporary file beside the target."""
    folder = os.path.dirname(p.target.path) or "."
    base = os.path.basename(p.target.path)
    try:
        for _ in range(100):
            # named before it is created: an interrupt the moment it exists still finds it
            p.tmp = os.path.join(folder, f".briefing.{os.getpid()}-{secrets.token_hex(4)}.{base}.tmp")
            try:
                fd = os.open(p.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
                break
            except FileExistsError:
                continue
        else:
            p.tmp = None
            raise OSError(errno.EEXIST, "no free temporary file name")
        locks.append(fd)
        try:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: the process id in the name still protects it
        view = memoryview(p.payload)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        try:
            mode = os.stat(p.target.path).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(p.tmp, mode)
    except OSError as exc:
        raise OutputError(_shown(p.target.name), f"cannot write: {_problem(exc)}") from None


def _write_stream(p: _Pending) -> None:
    """Write to standard output, an open descriptor, a device or a named pipe."""
    target = p.target
    try:
        if target.how == "fd":
            if target.fd in (1, 2):
                (sys.stdout if target.fd == 1 else sys.stderr).flush()
            fd = target.fd
            close = False
        else:
            fd = os.open(target.path, os.O_WRONLY | os.O_CLOEXEC | getattr(os, "O_NOCTTY", 0))
            close = True
        try:
            view = memoryview(p.payload)
            while view:
                view = view[os.write(fd, view):]
        finally:
            if close:
                os.close(fd)
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(_shown(target.name), f"cannot write: {_problem(exc)}") from None


def _replace(p: _Pending) -> None:
    try:
        os.replace(p.tmp, p.target.path)  # type: ignore[arg-type]  # a renamed target always has a path
    except OSError as exc:
        raise OutputError(_shown(p.target.name), f"cannot write: {_problem(exc)}") from None
    p.tmp = None


class _signals_held:
    """Hold back SIGINT, SIGTERM and SIGHUP (main thread only) while the outputs are renamed."""

    _SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))

    def __enter__(self):
        self.old = None
        if hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread():
            self.old = signal.pthread_sigmask(signal.SIG_BLOCK, self._SIGNALS)
        return self

    def __exit__(self, *exc) -> None:
        if self.old is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, self.old)


def _sync_folder(folder: str) -> None:
    """Make the renames durable where the platform allows it."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write one output all at once (see :func:`write_outputs`); returns its path.

    Raises:
        OutputError: it cannot be written; the old file (if any) is untouched.
    """
    write_outputs([(path, data)])
    return Path(path)


def packaged_templates() -> Path:
    """The templates shipped with briefing: ``briefing/templates`` in an installed wheel, else the
    source checkout's top-level ``templates/``."""
    here = Path(__file__).resolve().parent.parent  # the briefing package
    installed = here / "templates"
    if (installed / "briefing.html.j2").is_file():
        return installed
    checkout = here.parent / "templates"
    if (checkout / "briefing.html.j2").is_file():
        return checkout
    raise OutputError(str(installed), "the packaged templates are missing (broken installation)")


def template_path(template_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder templates are looked up in first.

    With ``template_dir`` (the CLI's ``--template-dir``) that folder, which must exist; a template
    missing there falls back to the packaged one (see :func:`template_dirs`). Without it, the
    packaged templates (installed ``briefing/templates``, else the checkout's ``templates/``).
    """
    if template_dir is None:
        return packaged_templates()
    folder = Path(template_dir).expanduser()
    if not folder.is_dir():
        raise InputError(str(template_dir), "template folder does not exist")
    return folder.resolve()


def template_dirs(template_dir: str | os.PathLike[str] | None = None) -> list[Path]:
    """The lookup order: the user's folder (when given), then the packaged templates."""
    dirs = [template_path(template_dir)]
    packaged = packaged_templates()
    if dirs[0] != packaged:
        dirs.append(packaged)
    return dirs


def find_template(name: str, template_dir: str | os.PathLike[str] | None = None) -> Path:
    """The file ``name`` from the first folder of :func:`template_dirs` that has it."""
    dirs = template_dirs(template_dir)
    for d in dirs:
        if (d / name).is_file():
            return d / name
    raise OutputError(name, f"template not found in {', '.join(map(str, dirs))}")


def jinja_env(template_dir: str | os.PathLike[str] | None = None, *, html: bool):
    """A Jinja2 environment over :func:`template_dirs`; autoescaping on for HTML.

    With a user's ``template_dir`` the environment is Jinja's ``SandboxedEnvironment``: a template
    can read the briefing but not reach Python's internals (``cycler.__init__.__globals__`` and
    the like raise a one-line template error instead of running code). The packaged templates
    alone use the plain environment. Undefined names raise (a typo in a custom template fails
    loudly, not silently empty). One environment per folder list is kept, so a template is
    compiled once per process; Jinja still reloads a template whose file changed.
    """
    return _jinja_env(tuple(str(d) for d in template_dirs(template_dir)), html, template_dir is not None)


@functools.lru_cache(maxsize=16)
def _jinja_env(dirs: tuple[str, ...], html: bool, sandboxed: bool = False):
    import jinja2
    import jinja2.sandbox

    loader = jinja2.FileSystemLoader(list(dirs))
    kind = jinja2.sandbox.SandboxedEnvironment if sandboxed else jinja2.Environment
    return kind(loader=loader, autoescape=html, undefined=jinja2.StrictUndefined,
                keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def render_template(env, name: str, **context) -> str:
    """Render template ``name``; template errors become one-line :class:`OutputError`."""
    import jinja2

    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"{exc.filename or name}:{exc.lineno}", f"template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise OutputError(name, f"template error: {' '.join(str(exc).split())[:300]}") from None
