"""Attacks the way another user of the machine would make them: a second real account (made
for the test run, removed after), a private mount namespace for /etc, real processes.

CI runs the suite as root, which may create accounts and namespaces. The attacker's commands
run under setpriv as that account, with the system's own python3 (the test's interpreter may
sit in a folder the attacker cannot enter).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"
ATTACKER_ENV = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"}


@dataclass(frozen=True)
class Attacker:
    name: str
    uid: int
    gid: int
    made: list[Path] = field(default_factory=list)  # folders in /tmp, removed at the end

    def command(self, *args: str) -> list[str]:
        return ["setpriv", f"--reuid={self.uid}", f"--regid={self.gid}", "--clear-groups",
                "--", *args]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self.command(*args), env=ATTACKER_ENV, capture_output=True,
                              text=True, timeout=60, check=False)
        if check and done.returncode != 0:
            raise AssertionError(f"attacker's {args} exited {done.returncode}: {done.stderr}")
        return done

    def python(self, code: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run(SYSTEM_PYTHON, "-c", code, check=check)

    def spawn_python(self, code: str) -> subprocess.Popen[str]:
        """A long-running attacker process; its first line of output says it is ready."""
        proc = subprocess.Popen(self.command(SYSTEM_PYTHON, "-u", "-c", code), env=ATTACKER_ENV,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if line.strip() != "ready":
            proc.kill()
            raise AssertionError(f"the attacker's process did not start: {line}"
                                 f"{proc.stderr.read() if proc.stderr else ''}")
        return proc

    def shared_folder(self) -> Path:
        """A fresh folder in /tmp that the attacker owns (mode 0777, as a careless shared
        folder would be)."""
        folder = self.public_folder()
        os.chown(folder, self.uid, self.gid)
        folder.chmod(0o777)
        return folder

    def public_folder(self) -> Path:
        """A fresh folder in /tmp of the test's (root's) own that everyone can enter (0755):
        the test's tmp_path is private, so a victim's files the attacker must reach go here."""
        folder = Path(tempfile.mkdtemp(prefix="dc-attack-", dir="/tmp"))
        folder.chmod(0o755)
        self.made.append(folder)
        return folder


@contextlib.contextmanager
def second_account() -> Iterator[Attacker]:
    if os.geteuid() != 0:
        raise AssertionError("the attack tests create a second account: run them as root "
                             "(CI does)")
    for tool in ("useradd", "userdel", "setpriv", "unshare", "nsenter"):
        if shutil.which(tool) is None:
            raise AssertionError(f"the attack tests need {tool} (util-linux, passwd)")
    name = f"dcatk{os.getpid()}"
    subprocess.run(["useradd", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
                    "/usr/sbin/nologin", "--user-group", name], check=True, capture_output=True)
    try:
        import pwd

        entry = pwd.getpwnam(name)
        account = Attacker(name, entry.pw_uid, entry.pw_gid)
        yield account
    finally:
        for folder in account.made if "account" in locals() else []:
            shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(["userdel", name], check=False, capture_output=True)


@contextlib.contextmanager
def private_etc(files: Mapping[str, str], scratch: Path) -> Iterator[list[str]]:
    """A mount namespace where /etc also holds `files` (relative path -> text), laid over
    the real /etc (read-only overlay): the machine's /etc is never touched. Yields the prefix
    that runs a command inside it (nsenter); every command run with it sees the same /etc."""
    layer = scratch / "etc-layer"
    for relative, text in files.items():
        target = layer / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    for folder in [layer, *layer.rglob("*")]:
        folder.chmod(0o755 if folder.is_dir() else 0o644)
    holder = subprocess.Popen(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c",
         f"mount -t overlay overlay -o lowerdir={layer}:/etc /etc && echo ready && "
         "exec sleep 3600"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        if holder.stdout.readline().strip() != "ready":
            raise AssertionError("could not lay a policy over /etc in a mount namespace")
        yield ["nsenter", "-t", str(holder.pid), "-m", f"--wd={os.getcwd()}", "--"]
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
