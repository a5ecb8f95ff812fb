"""gunicorn's settings for the site: `gunicorn -c deploy/gunicorn.conf.py`.

Everything that differs between machines comes from the environment; the defaults suit
one app server behind a TLS-terminating proxy (nginx, Caddy) on the same machine.
"""

import multiprocessing
import os

wsgi_app = "tweakments.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
# A sync worker busy for longer than this is killed and replaced (the request gets a 502).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
# On a restart, requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", 30))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", 5))

# Addresses allowed to tell gunicorn the request came over HTTPS (X-Forwarded-Proto and
# friends). gunicorn's own default believes 127.0.0.1, so anything on the machine could
# claim HTTPS; here nobody is believed unless listed. Django decides on its own from
# TRUSTED_PROXY_COUNT (SECURE_PROXY_SSL_HEADER), which is all the site needs.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "")

# Both logs to stdout (journald under systemd). The access log leaves out query strings
# and the referrer: they can carry a visitor's search words.
accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms "%(a)s"'

# gunicornc's control socket: in the unit's RuntimeDirectory under systemd (the site's
# user has no home); gunicorn's default ($HOME/.gunicorn/) otherwise.
if os.environ.get("RUNTIME_DIRECTORY"):
    control_socket = os.path.join(os.environ["RUNTIME_DIRECTORY"], "gunicorn.ctl")
