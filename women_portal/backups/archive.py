"""One dated archive holds everything needed to rebuild the site: the database (pg_dump's
custom format for PostgreSQL, a consistent copy for SQLite) and the uploaded files.

    women-portal-20261125-174500.tar.gz
        manifest.json     when, which database engine, a checksum of every media file
        database.dump     or database.sqlite3
        media/…
"""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connection


def media_checksums(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def tool(name: str) -> str:
    """The full path of a PostgreSQL client program, or a clear error."""
    path = shutil.which(name)
    if path is None:
        raise FileNotFoundError(f"{name} is not installed: apt-get install postgresql-client")
    return path


def postgres_environment() -> dict[str, str]:
    database = connection.settings_dict
    env = {**os.environ, "PGDATABASE": database["NAME"], "PGHOST": database.get("HOST") or ""}
    for variable, key in (("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if database.get(key):
            env[variable] = str(database[key])
    return env


def dump_database(directory: Path) -> str:
    if connection.vendor == "postgresql":
        target = directory / "database.dump"
        subprocess.run(  # noqa: S603 - fixed arguments, our own database
            [tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target)],
            env=postgres_environment(),
            check=True,
        )
        return target.name
    if connection.vendor == "sqlite":
        target = directory / "database.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)  # a consistent snapshot, even while in use
        return target.name
    raise NotImplementedError(f"backups of {connection.vendor} databases")


def create(destination: Path) -> Path:
    """Write a new archive into the destination folder and return its path."""
    destination.mkdir(parents=True, exist_ok=True)
    media_root = Path(settings.MEDIA_ROOT)
    archive = destination / f"women-portal-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        database_file = dump_database(Path(work))
        manifest = {
            "created": datetime.now().isoformat(timespec="seconds"),
            "engine": connection.vendor,
            "database": database_file,
            "media": media_checksums(media_root) if media_root.exists() else {},
        }
        partial = archive.with_suffix(".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
            tar.add(Path(work) / database_file, arcname=database_file)
            if media_root.exists():
                tar.add(media_root, arcname="media")
        partial.rename(archive)  # a half-written archive never looks like a backup
    return archive


def safe_members(tar: tarfile.TarFile):
    """Refuse absolute paths, '..', links and devices: an archive must not write elsewhere."""
    for member in tar.getmembers():
        if member.name.startswith("/") or ".." in Path(member.name).parts:
            raise ValueError(f"unsafe path in archive: {member.name}")
        if not (member.isfile() or member.isdir()):
            raise ValueError(f"unsupported entry in archive: {member.name}")
        yield member


def restore_database(path: Path, engine: str) -> None:
    if engine != connection.vendor:
        raise ValueError(
            f"this archive holds a {engine} database; this site uses {connection.vendor}"
        )
    if engine == "postgresql":
        subprocess.run(  # noqa: S603 - fixed arguments, our own database
            [
                tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                connection.settings_dict["NAME"],
                str(path),
            ],
            env=postgres_environment(),
            check=True,
        )
    else:
        connection.ensure_connection()
        with sqlite3.connect(path) as copy:
            copy.backup(connection.connection)


def restore(archive: Path) -> dict:
    """Put the database and media files back as they were in the archive."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, members=safe_members(tar))  # noqa: S202 - members checked above
        manifest = json.loads((Path(work) / "manifest.json").read_text())
        extracted_media = Path(work) / "media"
        found = media_checksums(extracted_media) if extracted_media.exists() else {}
        if found != manifest["media"]:
            raise ValueError("the archive's media files do not match its manifest")
        restore_database(Path(work) / manifest["database"], manifest["engine"])
        if media_root.exists():
            shutil.rmtree(media_root)
        if extracted_media.exists():
            shutil.copytree(extracted_media, media_root)
    return manifest
