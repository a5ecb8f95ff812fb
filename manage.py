#!/usr/bin/env python
import os
import sys

if __name__ == "__main__":
    # Production unless told otherwise, so a cron line or a shell without the variable
    # never runs with development settings (console e-mail). `make run` sets dev.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tweakments.settings.production")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
