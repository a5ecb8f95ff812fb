"""Stand-ins for a broken Redis: one that accepts connections and never answers, and a
port where nothing listens. Used by the outage tests and the outage benchmark."""

import contextlib
import socket
import threading

from tweakments import cache as breaker_cache


@contextlib.contextmanager
def hung_redis():
    """A redis:// URL whose server accepts every connection and never replies."""
    server = socket.create_server(("127.0.0.1", 0), backlog=128)
    server.settimeout(0.05)
    held, stop = [], threading.Event()

    def accept_forever():
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                held.append(server.accept()[0])

    thread = threading.Thread(target=accept_forever, daemon=True)
    thread.start()
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/5"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        server.close()


@contextlib.contextmanager
def refused_redis():
    """A redis:// URL on a port that was free a moment ago: connections are refused."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    yield f"redis://127.0.0.1:{port}/5"


def breaker_caches(url, cool_down=30):
    """CACHES as production builds them for REDIS_URL=url, with a fresh breaker."""
    breaker_cache._breakers.pop(url, None)
    return {
        "default": {
            "BACKEND": "tweakments.cache.CircuitBreakerCache",
            "LOCATION": url,
            "KEY_PREFIX": "tweakments-test",
            "OPTIONS": {"COOL_DOWN": cool_down},
        }
    }
