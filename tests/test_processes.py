"""No process that a test starts outlives it: the watcher in conftest.py, tried on a test that
leaves one behind."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psutil

CONFTEST = Path(__file__).with_name("conftest.py")


def test_a_test_that_leaves_a_process_running_fails_and_the_process_is_killed(
    tmp_path: Path,
) -> None:
    (tmp_path / "conftest.py").write_text(
        "import importlib.util\n"
        f"spec = importlib.util.spec_from_file_location('suite_conftest', {str(CONFTEST)!r})\n"
        "suite = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(suite)\n"
        "no_process_outlives_its_test = suite.no_process_outlives_its_test\n"
        "pytest_sessionfinish = suite.pytest_sessionfinish\n"
    )
    (tmp_path / "test_leaves.py").write_text(
        "import subprocess\n\n"
        "def test_leaves_a_sleeper():\n"
        "    print('sleeper', subprocess.Popen(['sleep', '300']).pid)\n\n"
        "def test_stops_its_sleeper():\n"
        "    sleeper = subprocess.Popen(['sleep', '300'])\n"
        "    sleeper.terminate()\n"
        "    sleeper.wait()\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-s", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 1, done.stdout[-3000:]
    assert "2 passed, 1 error" in done.stdout, done.stdout[-3000:]
    assert "the test left processes running (now killed)" in done.stdout
    assert "sleep 300" in done.stdout
    sleeper = int(done.stdout.split("sleeper ", 1)[1].split()[0])
    assert not psutil.pid_exists(sleeper) or psutil.Process(sleeper).status() == "zombie"
