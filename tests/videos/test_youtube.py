import pytest
from django.core.exceptions import ValidationError

from videos.fields import YouTubeIDField
from videos.youtube import embed_url, parse_video_id

ID = "dQw4w9WgXcQ"


@pytest.mark.parametrize(
    "value",
    [
        ID,
        f"  {ID}  ",
        f"https://www.youtube.com/watch?v={ID}",
        f"https://www.youtube.com/watch?feature=share&v={ID}&t=42s",
        f"http://m.youtube.com/watch?v={ID}",
        f"youtube.com/watch?v={ID}",
        f"https://youtu.be/{ID}",
        f"https://youtu.be/{ID}?si=AbCdEf&t=3",
        f"https://www.youtube.com/embed/{ID}",
        f"https://www.youtube-nocookie.com/embed/{ID}?start=5",
        f"https://www.youtube.com/shorts/{ID}",
        f"https://www.youtube.com/live/{ID}?feature=shared",
        f"HTTPS://WWW.YOUTUBE.COM/watch?v={ID}",
    ],
)
def test_addresses_and_ids_give_the_id(value):
    assert parse_video_id(value) == ID


@pytest.mark.parametrize(
    "value",
    [
        "dQw4w9WgXc",  # 10 characters
        "dQw4w9WgXcQQ",  # 12 characters
        "dQw4w9WgXcR",  # last character can't end a real ID
        "dQw4w9W!XcQ",
        f"https://vimeo.com/{ID}",
        f"https://www.youtube.com.evil.example/watch?v={ID}",
        f"https://youtu.be/{ID}/extra",
        "https://www.youtube.com/watch?list=PL123",
        f"https://www.youtube.com/watch?v={ID}x",
        f"https://www.youtube.com/channel/{ID}",
        f"javascript:alert('{ID}')",
        "https://[::1",
        "<script>alert(1)</script>",
        "'; DROP TABLE videos; --",
    ],
)
def test_junk_is_refused_with_a_message(value):
    with pytest.raises(ValidationError) as error:
        parse_video_id(value)
    assert "YouTube" in str(error.value)


def test_the_form_field_takes_an_address_and_keeps_the_id():
    field = YouTubeIDField(blank=True).formfield()
    assert field.max_length == 300
    assert field.clean(f"https://youtu.be/{ID}?si=x") == ID
    assert field.clean("") == ""
    with pytest.raises(ValidationError):
        field.clean("https://youtu.be/short")


def test_the_model_field_stores_only_an_id():
    field = YouTubeIDField(blank=True)
    assert field.max_length == 11
    with pytest.raises(ValidationError):
        field.run_validators("not-an-id!!")


def test_embed_uses_the_privacy_enhanced_host():
    assert embed_url(ID).startswith(f"https://www.youtube-nocookie.com/embed/{ID}?")
    assert "start=65" in embed_url(ID, start=65)
