"""Rich text as plain text for the e-mail's text part: paragraphs, bullets and links
written out, entities decoded (the text part is never HTML-escaped)."""

import re
from html.parser import HTMLParser

WHITESPACE = re.compile(r"\s+")
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "blockquote", "ul", "ol", "table", "tr"}


class _TextWriter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append("\n\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "a":
            self.links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag):
        if tag == "a" and self.links:
            href = self.links.pop()
            if href and not href.startswith("#"):
                self.parts.append(f" ({href})")
        elif tag in BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        self.parts.append(WHITESPACE.sub(" ", data))

    def text(self):
        lines = "".join(self.parts).split("\n")
        text = "\n".join(line.strip() for line in lines)
        while "\n\n\n" in text:
            text = text.replace("\n\n\n", "\n\n")
        return text.strip()


def html_to_text(html):
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    return writer.text()
