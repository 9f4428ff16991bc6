"""The production profile on one machine, for real: PostgreSQL, Redis, an S3 server, Celery workers and the
Dagster daemon and webserver, each its own process on 127.0.0.1, everything in one temporary folder.

    .venv/bin/python -m deploy.local_stack up [--workers 2]    # starts everything, prints the environment, waits
                                                               # for Ctrl-C, then stops and removes it all

`make test-production` uses `LocalStack` the same way (tests/production/). Nothing here is a stand-in:
PostgreSQL and redis-server come from Debian's packages (apt-get install postgresql redis-server), the S3 API is
moto's server over HTTP, and the workers are `celery worker` processes running dagster-celery's tasks.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ACCESS_KEY = "testing"
SECRET_KEY = "testing"
BUCKET = "news-events"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float, what: str, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{what} exited with {proc.returncode} before listening on 127.0.0.1:{port}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port} within {timeout:.0f} s")


def postgres_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL not installed: apt-get install -y --no-install-recommends postgresql")
    return Path(found[-1]).parent


def _as_postgres(cmd: list[str]) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the `postgres` user Debian's package creates."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


@dataclass
class LocalStack:
    """Start with `start()` (or `with LocalStack() as stack:`); `stop()` ends every process and removes the
    folder, whatever state they are in."""

    workers: int = 2
    landing: Path | None = None
    s3_faults: bool = False  # every process reaches S3 through deploy/faulty_s3.py (see s3_fault)
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="news-prod-")))
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)

    def __enter__(self) -> LocalStack:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- start ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.logs = self.root / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)
        self.pg_port, self.redis_port, self.s3_port = free_port(), free_port(), free_port()
        self.proxy_port, self.web_port, self.code_port = free_port(), free_port(), free_port()
        self.fault_control = self.root / "s3_fault.json"
        self.env = self._environment()
        self.start_postgres()
        self.start_redis()
        self.start_s3()
        self._instance_home()
        code_server = self.start_code_server()
        started = [self.start_worker(i, wait=False) for i in range(1, self.workers + 1)]
        wait_for_port(self.code_port, 120, "dagster code-server", code_server)
        daemon = self.start_daemon(wait=False)
        webserver = self._spawn(
            "webserver",
            [str(BIN / "dagster-webserver"), "-w", str(PROJECT_ROOT / "deploy" / "workspace.yaml")]
            + ["-h", "127.0.0.1", "-p", str(self.web_port)],
        )
        for i, proc in enumerate(started, start=1):
            self._wait_for_log(f"worker{i}", "ready.", 90, proc)
        self._wait_for_log("daemon", "BackfillDaemon", 90, daemon)
        wait_for_port(self.web_port, 90, "dagster-webserver", webserver)

    def _environment(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DAGSTER_HOME=str(self.root / "dagster_home"),
            DAGSTER_PG_HOST="127.0.0.1",
            DAGSTER_PG_PORT=str(self.pg_port),
            DAGSTER_PG_USER="postgres",
            DAGSTER_PG_PASSWORD="postgres",
            DAGSTER_PG_DB="postgres",
            NEWS_CELERY_BROKER=f"redis://127.0.0.1:{self.redis_port}/0",
            NEWS_CELERY_BACKEND=f"redis://127.0.0.1:{self.redis_port}/1",
            AWS_ENDPOINT_URL=f"http://127.0.0.1:{self.proxy_port if self.s3_faults else self.s3_port}",
            AWS_ACCESS_KEY_ID=ACCESS_KEY,
            AWS_SECRET_ACCESS_KEY=SECRET_KEY,
            AWS_REGION="us-east-1",
            AWS_EC2_METADATA_DISABLED="true",
            DAGSTER_WEBSERVER_URL=f"http://127.0.0.1:{self.web_port}",
            NEWS_CODE_SERVER_HOST="127.0.0.1",
            NEWS_CODE_SERVER_PORT=str(self.code_port),
            NEWS_BUCKET=BUCKET,
            NEWS_BUCKET_PREFIX="tables",
            NEWS_SCRATCH_DIR=str(self.root / "scratch"),
            NEWS_LANDING_DIR=str(self.landing or PROJECT_ROOT / "sample" / "landing"),
            PYTHONPATH=str(PROJECT_ROOT),
        )
        return env

    def _spawn(self, name: str, cmd: list[str], **kwargs) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")  # noqa: SIM115 (closed with the process)
        proc = subprocess.Popen(
            cmd,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=kwargs.pop("env", self.env),
            cwd=kwargs.pop("cwd", PROJECT_ROOT),
            start_new_session=True,
            **kwargs,
        )
        log.close()
        self.procs[name] = proc
        return proc

    def start_postgres(self) -> None:
        pg = postgres_bin()
        data = self.root / "pg"
        data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(data, "postgres")
        subprocess.run(
            _as_postgres([str(pg / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]),
            check=True,
            capture_output=True,
        )
        self.pg_data = data
        self._start_postgres_server()

    def _start_postgres_server(self) -> None:
        pg = postgres_bin()
        options = f"-c listen_addresses=127.0.0.1 -p {self.pg_port} -c unix_socket_directories={self.pg_data}"
        options += " -c fsync=off -c max_connections=200"
        subprocess.run(
            _as_postgres([str(pg / "pg_ctl"), "-D", str(self.pg_data), "-o", options, "-w", "-t", "60", "start"]),
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.pg_port, 30, "postgres")

    def stop_postgres(self, mode: str = "fast") -> None:
        subprocess.run(
            _as_postgres([str(postgres_bin() / "pg_ctl"), "-D", str(self.pg_data), "-m", mode, "-w", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def restart_postgres(self, down_seconds: float = 0.0) -> None:
        self.stop_postgres("fast")
        time.sleep(down_seconds)
        self._start_postgres_server()

    def start_redis(self) -> None:
        redis = shutil.which("redis-server")
        if not redis:
            raise RuntimeError("redis-server not installed: apt-get install -y --no-install-recommends redis-server")
        proc = self._spawn(
            "redis",
            [redis, "--port", str(self.redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=self.root,
        )
        wait_for_port(self.redis_port, 30, "redis-server", proc)

    def start_s3(self) -> None:
        proc = self._spawn("s3", [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(self.s3_port)])
        wait_for_port(self.s3_port, 60, "moto_server", proc)
        if self.s3_faults:
            proxy = self._spawn(
                "s3_proxy",
                [
                    sys.executable,
                    "-m",
                    "deploy.faulty_s3",
                    str(self.proxy_port),
                    f"http://127.0.0.1:{self.s3_port}",
                    str(self.fault_control),
                ],
            )
            wait_for_port(self.proxy_port, 30, "S3 fault proxy", proxy)
        import boto3

        boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{self.s3_port}",
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name="us-east-1",
        ).create_bucket(Bucket=BUCKET)

    def _instance_home(self) -> None:
        home = Path(self.env["DAGSTER_HOME"])
        home.mkdir()
        shutil.copy(PROJECT_ROOT / "deploy" / "dagster.yaml", home / "dagster.yaml")
        # the Celery worker's own settings (broker and result backend), importable as dagster_celery_config
        config = self.root / "celery_config"
        config.mkdir()
        (config / "dagster_celery_config.py").write_text(
            f"broker_url = {self.env['NEWS_CELERY_BROKER']!r}\n"
            f"result_backend = {self.env['NEWS_CELERY_BACKEND']!r}\n"
            "worker_prefetch_multiplier = 1\n"
            # a busy worker holds only the run it executes (without late acks it reserves the next one too, and
            # a backfill's runs can all queue up behind one worker while the other idles)
            "task_acks_late = True\n"
            # sys.stdout and sys.stderr stay the process's own files: Dagster captures a step's output by
            # redirecting those file descriptors, which Celery's logging proxy (the default) does not have, so
            # the step logs in the bucket stayed empty
            "worker_redirect_stdouts = False\n"
        )
        self.env["PYTHONPATH"] = f"{config}{os.pathsep}{PROJECT_ROOT}"
        done = subprocess.run(
            [str(BIN / "dagster"), "instance", "migrate"], env=self.env, capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise RuntimeError(f"dagster instance migrate failed:\n{done.stdout}\n{done.stderr}")

    def start_code_server(self) -> subprocess.Popen:
        """The code location (deploy/workspace.yaml) in a server of its own: loaded once, no database needed."""
        return self._spawn(
            "code_server",
            [str(BIN / "dagster"), "code-server", "start", "-m", "pipeline.definitions_production"]
            + ["--location-name", "news_events", "-h", "127.0.0.1", "-p", str(self.code_port)],
        )

    def start_worker(self, i: int, wait: bool = True) -> subprocess.Popen:
        proc = self._spawn(
            f"worker{i}",
            [
                str(BIN / "celery"),
                "-A",
                "dagster_celery.app",
                "worker",
                "--pool=prefork",
                "--concurrency=1",
                "--prefetch-multiplier=1",
                "-O",
                "fair",
                "-Q",
                "dagster",
                "-n",
                f"worker{i}@%h",
                "--loglevel=INFO",
            ],
        )
        if wait:
            self._wait_for_log(f"worker{i}", "ready.", 90, proc)
        return proc

    def start_daemon(self, wait: bool = True) -> subprocess.Popen:
        proc = self._spawn(
            "daemon", [str(BIN / "dagster-daemon"), "run", "-w", str(PROJECT_ROOT / "deploy" / "workspace.yaml")]
        )
        if wait:
            self._wait_for_log("daemon", "BackfillDaemon", 90, proc)
        return proc

    def _wait_for_log(self, name: str, text: str, timeout: float, proc: subprocess.Popen) -> None:
        deadline = time.monotonic() + timeout
        log = self.logs / f"{name}.log"
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}:\n{self.tail(name)}")
            if log.exists() and text in log.read_text(errors="replace"):
                return
            time.sleep(0.2)
        raise RuntimeError(f"{name} not ready within {timeout:.0f} s:\n{self.tail(name)}")

    def tail(self, name: str, lines: int = 40) -> str:
        log = self.logs / f"{name}.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def worker_children(self, i: int) -> list[int]:
        """PIDs of worker i's pool processes (where its runs execute)."""
        parent = self.procs[f"worker{i}"].pid
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(parent)], capture_output=True, text=True).stdout
        return [int(p) for p in out.split()]

    def s3_fault(self, mode: str, seconds: float, **options) -> None:
        """From now on and for `seconds`, S3 requests fail: mode "error" (status=503 or 500), "slow"
        (delay=seconds per request), "drop" (connection closed)."""
        self.fault_control.write_text(json.dumps({"mode": mode, "until": time.time() + seconds, **options}))

    # --- stop ----------------------------------------------------------------------------------------------

    def stop(self) -> None:
        for proc in reversed(list(self.procs.values())):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        deadline = time.monotonic() + 15
        for proc in self.procs.values():
            try:
                proc.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                proc.wait()
        self.procs.clear()
        if getattr(self, "pg_data", None) is not None and self.pg_data.exists():
            self.stop_postgres("immediate")
        keep = os.environ.get("NEWS_PROD_KEEP_LOGS")
        if keep and getattr(self, "logs", None) is not None and self.logs.exists():
            shutil.copytree(self.logs, Path(keep) / self.root.name, dirs_exist_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.local_stack", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["up"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--landing", type=Path)
    args = parser.parse_args(argv)
    with LocalStack(workers=args.workers, landing=args.landing) as stack:
        keys = [k for k in stack.env if k.startswith(("DAGSTER_", "NEWS_", "AWS_"))]
        print("\n".join(f"export {k}={stack.env[k]}" for k in sorted(keys)))
        print(f"# logs: {stack.logs}; Ctrl-C stops everything and removes {stack.root}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
