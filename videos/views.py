"""Our own video files, with byte ranges.

Browsers seek (chapters, ?t= links) by asking for a byte range; Django's static `serve`,
which serves /media/ in development and tests, always sends the whole file, so the player
could not jump. This view answers ranges itself, and redirects when the storage keeps
files elsewhere (an S3 bucket serves ranges on its own).

A file is served to anyone only while a live, public video page plays it; otherwise only
to people who can use the admin, whose page previews play it. Nobody else learns that it
exists (404).
"""

import re

from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from wagtailmedia.models import get_media_model

from .models import VideoPage

BYTE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 256 * 1024


def requested_range(header, size):
    """(first, last) byte of a single-range header; None to send the whole file (no range,
    or one we don't handle, which RFC 9110 lets a server ignore). Raises ValueError when
    the range starts past the end (416)."""
    match = BYTE_RANGE.match(header.strip()) if header else None
    if not match or match.groups() == ("", ""):
        return None
    first, last = match.groups()
    if not first:  # the last N bytes
        if int(last) == 0:
            raise ValueError(header)
        return max(0, size - int(last)), size - 1
    first = int(first)
    if first >= size:
        raise ValueError(header)
    last = min(int(last), size - 1) if last else size - 1
    return (first, last) if first <= last else None


def read_bytes(path, first, last):
    with open(path, "rb") as file:
        file.seek(first)
        left = last - first + 1
        while left > 0:
            chunk = file.read(min(CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk


@require_safe
def media_file(request, media_id, filename):
    media = get_object_or_404(get_media_model(), pk=media_id, type="video")
    public = VideoPage.objects.playing(media).exists()
    if media.filename != filename or not (public or can_preview(request.user)):
        raise Http404("No such file")
    try:
        path = media.file.path
    except NotImplementedError:
        return HttpResponseRedirect(media.file.url)
    size = media.file.size
    content_type = media.sources[0]["type"]
    try:
        byte_range = requested_range(request.headers.get("Range"), size)
    except ValueError:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        return response
    if byte_range is None:
        response = FileResponse(open(path, "rb"), content_type=content_type)  # noqa: SIM115
    else:
        first, last = byte_range
        response = StreamingHttpResponse(
            read_bytes(path, first, last), status=206, content_type=content_type
        )
        response["Content-Length"] = last - first + 1
        response["Content-Range"] = f"bytes {first}-{last}/{size}"
    response["Accept-Ranges"] = "bytes"
    # A file not yet public is nobody's to keep, at the edge or in a browser.
    response["Cache-Control"] = "public, max-age=86400" if public else "private, no-store"
    return response


def can_preview(user):
    return user.has_perm("wagtailadmin.access_admin")
