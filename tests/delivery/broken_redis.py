"""Stand-ins for a broken Redis, on loopback ports: one that accepts connections and never
answers, a port where nothing listens, and servers that answer every command with an error
(out of memory, read-only). Used by the fault tests and the outage benchmark."""

import contextlib
import socket
import threading

from tweakments.delivery import backends


@contextlib.contextmanager
def _server(handle):
    server = socket.create_server(("127.0.0.1", 0), backlog=128)
    server.settimeout(0.05)
    held, stop = [], threading.Event()

    def serve():
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                connection = server.accept()[0]
                held.append(connection)
                threading.Thread(target=handle, args=(connection, stop), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/5"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


def _silent(connection, stop):
    stop.wait()


def _answering(error):
    def handle(connection, stop):
        connection.settimeout(0.05)
        while not stop.is_set():
            try:
                data = connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not data:
                return
            # One error line for each command in what arrived (RESP arrays start with "*").
            connection.sendall(f"-{error}\r\n".encode() * max(1, data.count(b"*")))

    return handle


def hung_redis():
    """A redis:// URL whose server accepts every connection and never replies."""
    return _server(_silent)


def oom_redis():
    return _server(_answering("OOM command not allowed when used memory > 'maxmemory'."))


def readonly_redis():
    return _server(_answering("READONLY You can't write against a read only replica."))


@contextlib.contextmanager
def refused_redis():
    """A redis:// URL on a port that was free a moment ago: connections are refused."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    yield f"redis://127.0.0.1:{port}/5"


def redis_caches(url, cool_down=30):
    """CACHES as production builds them for REDIS_URL=url, with the breaker closed."""
    backends._open_until.pop(url, None)

    def alias(fallback):
        return {
            "BACKEND": "tweakments.delivery.backends.SafeRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "tweakments-test",
            "OPTIONS": {"COOL_DOWN": cool_down, "FALLBACK": fallback},
        }

    return {"default": alias("memory"), "pages": alias("none")}
