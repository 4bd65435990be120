"""Several server processes on one port, each with a listening socket of its own.

``uvicorn --workers N`` shares one listening socket among its processes, and whichever wakes
first accepts every connection waiting: 50 clients connecting at once were split 50/0, 44/6
or 39/11 between two workers (benchmarks/serve.py). A kept-alive connection stays with the
process that accepted it, so one process queued most requests while the other idled. Here
each process binds its own socket to the port with ``SO_REUSEPORT``, and Linux hands each new
connection to one of them by a hash of its addresses, before any process wakes.

Where the platform does not spread connections that way (not Linux), uvicorn's own workers
run instead. The app in each process is :func:`quotegraph.serve.asgi.app`, configured by the
environment as that module says.
"""
from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import signal
import socket
import sys

APP = "quotegraph.serve.asgi:app"
BACKLOG = 2048


class WorkerExited(RuntimeError):
    """A server process ended by itself (the others were then stopped)."""


def spread_by_kernel() -> bool:
    """Whether this platform spreads new connections over sockets bound with ``SO_REUSEPORT``
    (Linux does; BSD and macOS give them all to one socket)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host:port`` that shares the port with the other workers'."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind(address)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _worker(sock: socket.socket, options: dict) -> None:
    import uvicorn

    # Ctrl-C reaches every process of the group: uvicorn shuts down on it as on the parent's
    # SIGTERM, then raises it again under this handler, which ignores it (no traceback).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    uvicorn.Server(uvicorn.Config(APP, factory=True, **options)).run(sockets=[sock])


def run(workers: int, host: str, port: int, **options) -> None:
    """Serve :data:`APP` from ``workers`` processes on ``host:port`` until interrupted;
    ``options`` are :class:`uvicorn.Config`'s (``log_level``, ``timeout_keep_alive``).

    Raises :class:`OSError` when the port cannot be bound (in use by another server), and
    :class:`WorkerExited` when a process ends by itself.
    """
    import uvicorn

    if not spread_by_kernel():
        uvicorn.run(APP, factory=True, workers=workers, host=host, port=port, **options)
        return
    # Bound here, before any process starts, so that a port in use fails at once; each
    # process gets its own socket (sockets travel to spawned processes).
    sockets = [listening_socket(host, port) for _ in range(workers)]
    spawn = multiprocessing.get_context("spawn")
    processes = [spawn.Process(target=_worker, args=(sock, options), name=f"quotegraph-serve-{n}")
                 for n, sock in enumerate(sockets, 1)]
    for process in processes:
        process.start()
    for sock in sockets:
        sock.close()
    stopped = []

    def stop(*_):
        stopped.append(True)
        _stop(processes)
    signal.signal(signal.SIGTERM, stop)
    try:
        # Until a worker ends (a crash, or stop above): then the others are stopped too.
        ready = multiprocessing.connection.wait([p.sentinel for p in processes])
        ended = next(p for p in processes if p.sentinel in ready)
    except KeyboardInterrupt:
        stopped.append(True)
    finally:
        _stop(processes)
    if not stopped:
        raise WorkerExited(f"server process {ended.name} ended with exit code {ended.exitcode};"
                           " the others were stopped")


def _stop(processes: list) -> None:
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join()
