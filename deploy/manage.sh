#!/bin/sh
# manage.py as the site runs it: as its user, with /etc/tweakments/env and the production
# settings. Run as root from anywhere: deploy/manage.sh migrate
set -eu
cd "$(dirname "$0")/.."
exec sudo -u tweakments sh -c \
    'set -a; . /etc/tweakments/env; set +a; DJANGO_SETTINGS_MODULE=tweakments.settings.production exec .venv/bin/python manage.py "$@"' \
    manage.py "$@"
