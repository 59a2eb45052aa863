"""Writing output files atomically and finding the templates."""

from __future__ import annotations

import functools
import os
import secrets
from pathlib import Path

from ..errors import InputError, OutputError

TEMPLATE_NAMES = ("briefing.html.j2", "briefing.css", "briefing.md.j2")


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` all at once: a temp file in the same folder, fsync, ``os.replace``.

    On any failure the old file (if any) is untouched, no temp file is left behind, and an
    :class:`~briefing.errors.OutputError` names the path. ``str`` data is written as UTF-8.
    Returns the path written.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise OutputError(str(target), "is a folder, not a file")
    if not folder.is_dir():
        raise OutputError(str(target), f"folder {str(folder)!r} does not exist")
    tmp_name = None
    try:
        # Name the temp file before creating it: an interrupt (Ctrl-C, SIGTERM) that lands the
        # moment it exists still finds it in ``finally`` and removes it.
        for _ in range(100):
            tmp_name = str(folder / f".{target.name}.{secrets.token_hex(4)}.tmp")
            try:
                fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                break
            except FileExistsError:
                continue
        else:
            tmp_name = None
            raise OSError(17, "no free temporary file name")
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            try:
                os.chmod(tmp_name, target.stat().st_mode & 0o7777)
            except OSError:
                pass
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OutputError(str(target), f"cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    try:  # make the rename itself durable where the platform allows it
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    return target


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

    Undefined names raise (a typo in a custom template fails loudly, not silently empty).
    One environment per folder list is kept, so a template is compiled once per process; Jinja
    still reloads a template whose file changed.
    """
    return _jinja_env(tuple(str(d) for d in template_dirs(template_dir)), html)


@functools.lru_cache(maxsize=16)
def _jinja_env(dirs: tuple[str, ...], html: bool):
    import jinja2

    loader = jinja2.FileSystemLoader(list(dirs))
    return jinja2.Environment(loader=loader, autoescape=html, undefined=jinja2.StrictUndefined,
                              keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def render_template(env, name: str, **context) -> str:
    """Render template ``name``; template errors become one-line :class:`OutputError`."""
    import jinja2

    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise OutputError(f"{exc.filename or name}:{exc.lineno}", f"template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise OutputError(name, f"template error: {exc}") from None
