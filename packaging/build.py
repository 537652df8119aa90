"""Build the one-folder app with PyInstaller and pack it: `make build` / `make build-lite`.

    python packaging/build.py [--variant full|lite]

full → dist/casebook/ and dist/casebook-<version>-<platform>.tar.gz (.zip on Windows)
lite → dist/casebook-lite/ and dist/casebook-lite-<version>-<platform>.tar.gz

The version is the one in pyproject.toml (the app reads it from the installed metadata,
which must agree: run `make setup` after changing it). The build's time and sizes are
written to dist/build-<variant>.json for bench/packaging_speed.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from importlib.metadata import version as installed_version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
LINUX_FILES = ("casebook.desktop", "install-desktop-entry.sh")


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def platform_tag() -> str:
    system = {"linux": "linux", "darwin": "macos", "win32": "windows"}.get(
        sys.platform, sys.platform
    )
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def pack(folder: Path, archive_base: Path) -> Path:
    """The folder as one archive whose top level is the folder itself."""
    if sys.platform == "win32":
        archive = archive_base.with_name(archive_base.name + ".zip")
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                zf.write(path, path.relative_to(folder.parent))
        return archive
    archive = archive_base.with_name(archive_base.name + ".tar.gz")
    with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
        tf.add(folder, arcname=folder.name)
    return archive


def build(variant: str) -> dict[str, object]:
    version = project_version()
    if installed_version("casebook") != version:
        raise SystemExit(
            f"pyproject.toml says {version} but the installed metadata says "
            f"{installed_version('casebook')}; run `make setup` first"
        )
    name = "casebook" if variant == "full" else "casebook-lite"
    folder = DIST / name
    env = {**os.environ, "CASEBOOK_VARIANT": variant}
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / variant),
            str(ROOT / "packaging" / "casebook.spec"),
        ],
        check=True,
        env=env,
        cwd=ROOT,
    )
    if not (folder / "casebook-gui").exists():
        # The spec makes a separate windowed executable only where that differs (Windows,
        # macOS); here the desktop app is the same executable under another name.
        (folder / "casebook-gui").symlink_to("casebook")
    if sys.platform.startswith("linux"):
        for extra in LINUX_FILES:
            target = folder / extra
            shutil.copy2(ROOT / "packaging" / extra, target)
    build_s = time.monotonic() - started
    archive = pack(folder, DIST / f"{name}-{version}-{platform_tag()}")
    record: dict[str, object] = {
        "variant": variant,
        "version": version,
        "platform": platform_tag(),
        "folder": str(folder.relative_to(ROOT)),
        "archive": str(archive.relative_to(ROOT)),
        "build_s": round(build_s, 1),
        "pack_s": round(time.monotonic() - started - build_s, 1),
        "folder_bytes": folder_size(folder),
        "archive_bytes": archive.stat().st_size,
    }
    (DIST / f"build-{variant}.json").write_text(json.dumps(record, indent=2) + "\n", "utf-8")
    return record


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--variant", choices=("full", "lite"), default="full")
    record = build(parser.parse_args().variant)
    print(json.dumps(record))


if __name__ == "__main__":
    main()
