"""A batch on a Dask cluster: each task builds one release with `batch.build_one`, on a worker.

    reportgen build archive/ --out /shared/out --scheduler tcp://scheduler:8786
    build_many(["archive/"], "/shared/out", client=distributed.Client(...))

Needs the optional extra (`pip install reportgen[dask]`, which brings dask.distributed); reportgen
itself must be installed on the workers. The workers read each release where it lies and write
its briefings into `out`, so both must be paths every worker sees (a shared file system). Each
worker checks whether a release is up to date itself (`--force` rebuilds), so a stopped archive
run resumes where it was: run the same command again. Results and failures stream back as tasks
end, to the same progress bar and summary as a local batch.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any, Optional

from reportgen.errors import ReportgenError
from reportgen.incremental import BatchConfig, ReleaseResult, build_one

# At most this many tasks per worker thread are queued on the cluster at once: the scheduler holds
# a few thousand small tasks easily, and a stopped run leaves little queued work to cancel.
QUEUE_PER_THREAD = 4


def _client(scheduler: Optional[str], client: Any):
    try:
        from distributed import Client
    except ImportError:
        raise ReportgenError("building on a Dask cluster needs the dask extra: pip install 'reportgen[dask]'") from None
    if client is not None:
        return client, False
    try:
        return Client(scheduler, timeout="30s"), True
    except (OSError, TimeoutError) as e:
        raise ReportgenError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None


def _task(path: str, config: BatchConfig, slug: Optional[str] = None) -> ReleaseResult:
    """One release on a worker; the worker's own name instead of a pid."""
    result = build_one(path, config, check=True, slug=slug)
    try:
        from distributed import get_worker

        result.worker = get_worker().name or get_worker().address
    except (ImportError, ValueError):
        pass
    return result


def run_on_dask(paths: list[str], config: BatchConfig, scheduler: Optional[str] = None,
                client: Any = None, slugs: Optional[dict[str, str]] = None) -> Iterator[ReleaseResult]:
    """Build `paths` as Dask tasks (each named `slugs[path]`); yields each result as its task ends."""
    from distributed import as_completed

    slugs = slugs or {}
    client, owned = _client(scheduler, client)
    try:
        threads = sum(client.nthreads().values()) or 1
        limit = max(2, QUEUE_PER_THREAD * threads)
        pending = iter(paths)
        run = uuid.uuid4().hex[:12]  # task keys unique to this run, so no result of another run is reused
        futures = {}
        for path in pending:
            futures[client.submit(_task, path, config, slugs.get(path), pure=False, key=f"reportgen-{run}-{path}")] = path
            if len(futures) >= limit:
                break
        queue = as_completed(list(futures))
        finished = False
        try:
            for future in queue:
                path = futures.pop(future)
                try:
                    result = future.result()
                except Exception as e:  # the task itself failed (a worker died, reportgen missing there)
                    result = ReleaseResult(path=path, status="failed", exit_code=70,
                                           error=f"the Dask task failed: {type(e).__name__}: {e}")
                nxt = next(pending, None)
                if nxt is not None:
                    new = client.submit(_task, nxt, config, slugs.get(nxt), pure=False, key=f"reportgen-{run}-{nxt}")
                    futures[new] = nxt
                    queue.add(new)
                yield result
            finished = True
        finally:
            if not finished:
                client.cancel(list(futures))
    finally:
        if owned:
            client.close()
