"""What is removed from a question before it is stored: e-mail addresses, phone numbers
and UK postcodes. A postcode keeps its first half (the outcode, "SW1A"): a district is
enough to search the directory near it, and names nobody."""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers (07700 900123, +44 7700 900123, 020 7946 0958) and other long digit runs.
PHONE = re.compile(r"(?<![\w£])(?:\+|00)?\d(?:[\s().-]?\d){8,13}(?!\w)")
POSTCODE = re.compile(r"\b(?P<outcode>[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[A-Z]{2}\b", re.IGNORECASE)


def scrub(text):
    text = EMAIL.sub("[e-mail removed]", text)
    text = POSTCODE.sub(lambda match: match.group("outcode").upper(), text)
    return PHONE.sub("[phone number removed]", text)
