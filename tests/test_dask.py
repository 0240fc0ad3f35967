"""A batch on a Dask cluster (a LocalCluster of two worker processes): the same results, failures
and skipping as a local batch, built by the workers. One test, so one cluster is started."""

from __future__ import annotations

import os
import shutil

import pytest
from typer.testing import CliRunner

import reportgen
from reportgen.cli import app
from tests.conftest import SAMPLE_DIR, shared_path

distributed = pytest.importorskip("distributed")  # the dask extra, part of the test extra

QUICK = ["2000-09-26_rock-of-ages_ex99.htm", "2005-01-25_southern-company_ex9901.txt", "2025-02-13_ideaya_prnewswire.md"]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                                       silence_logs=50)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()
    _retire_offload_thread()


def _retire_offload_thread() -> None:
    """distributed keeps one thread of its own running after the client and the cluster close (its offload
    pool); a later test of this worker that forks (tests/test_overlap.py) would then be skipped as unsafe.
    The pool is stopped and replaced by a fresh one, which starts its thread only when used again."""
    from concurrent.futures import ThreadPoolExecutor

    import distributed.utils

    distributed.utils._offload_executor.shutdown(wait=True)
    distributed.utils._offload_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="Dask-Offload")


def test_a_batch_on_two_worker_processes_builds_reports_failures_resumes_and_takes_a_scheduler_address(client, tmp_path):
    feed = tmp_path / "feed"
    shutil.copytree(SAMPLE_DIR, feed / "epicept")
    for name in QUICK:
        shutil.copy(shared_path("corpus", "releases", name), feed / name)
    (feed / "broken.md").write_bytes(b"\x00\x01\x02" * 2000)
    out = tmp_path / "out"

    results = list(reportgen.build_many([feed], out, formats="json,html", audiences="investor", client=client))
    by_name = {os.path.basename(r.path): r for r in results}
    assert len(results) == 5
    assert by_name["broken.md"].status == "failed" and by_name["broken.md"].exit_code == 2
    built = [r for r in results if r.status == "built"]
    assert len(built) == 4 and all(len(r.written) == 3 for r in built)
    assert all(os.path.getsize(p) > 1000 for r in built for p in r.written)
    # the tasks ran in the workers, not here; both workers took some
    workers = {r.worker for r in built}
    assert str(os.getpid()) not in workers and len(workers) == 2

    # run again: the workers find every briefing up to date; a changed release is built again
    release = feed / QUICK[1]
    release.write_bytes(release.read_bytes() + b"\n")
    again = {os.path.basename(r.path): r.status for r in
             reportgen.build_many([feed], out, formats="json,html", audiences="investor", client=client)}
    assert again == {"release.txt": "skipped", QUICK[0]: "skipped", QUICK[1]: "built", QUICK[2]: "skipped",
                     "broken.md": "failed"}

    # the command line: --scheduler with the cluster's address, the same summary as a local batch
    address = client.scheduler.address
    out = tmp_path / "cli"
    result = CliRunner().invoke(app, ["build", str(SAMPLE_DIR / "release.txt"), str(shared_path("corpus", "releases", QUICK[0])),
                                      "--out", str(out), "--format", "json", "--scheduler", address])
    assert result.exit_code == 0, result.output
    assert "2 releases: 2 built" in result.stderr
    assert (out / "epicept-ceplene-2007-12-10.json").is_file()
