"""Optional: a generative model behind an OpenAI-compatible API rewords the quotes.

Off unless CHATBOT_LLM_BASE_URL is set. The model sees only the numbered quotes and must
cite them as [1], [2]…; an answer citing nothing, or a number it was not given, is thrown
away and the plain quotes are shown instead. Nothing here is needed by the tests.
"""

import json
import logging
import re
import urllib.request

from django.conf import settings

logger = logging.getLogger(__name__)
CITATION = re.compile(r"\[(\d+)\]")
INSTRUCTIONS = (
    "You rephrase passages from a UK guide to cosmetic treatments for a visitor. Use only "
    "the numbered passages; add no facts. Cite every sentence with the passage number in "
    "square brackets, like [1]. Two or three short sentences."
)


def rephrase(question, quotes):
    """Plain text with [n] citations, or None (not configured, failed or cited badly)."""
    base_url = getattr(settings, "CHATBOT_LLM_BASE_URL", "")
    if not base_url or not quotes:
        return None
    passages = "\n".join(f"[{n}] {quote.text}" for n, quote in enumerate(quotes, start=1))
    body = {
        "model": settings.CHATBOT_LLM_MODEL,
        "messages": [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": f"Passages:\n{passages}\n\nQuestion: {question}"},
        ],
        "temperature": 0,
    }
    request = urllib.request.Request(  # noqa: S310 (an address from our own settings)
        base_url.rstrip("/") + "/chat/completions",
        data=json.dumps(body).encode(),
        headers={
            "Content-Type": "application/json",
            "Authorization": f"Bearer {settings.CHATBOT_LLM_API_KEY}",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.CHATBOT_LLM_TIMEOUT) as response:  # noqa: S310
            text = json.load(response)["choices"][0]["message"]["content"].strip()
    except Exception:  # any failure of an optional service falls back to the quotes
        logger.warning("Chatbot rephraser failed; showing the quotes", exc_info=True)
        return None
    return text if cites_only(text, len(quotes)) else None


def cites_only(text, count):
    cited = {int(number) for number in CITATION.findall(text)}
    return bool(cited) and cited <= set(range(1, count + 1))
