"""What is removed from a question before it is stored: e-mail addresses, phone numbers
and UK postcodes."""

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# UK numbers (07700 900123, +44 7700 900123, 020 7946 0958) and other long digit runs.
PHONE = re.compile(r"(?<![\w£])(?:\+|00)?\d(?:[\s().-]?\d){8,13}(?!\w)")
POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|GIR\s*0AA)\b", re.IGNORECASE)


def scrub(text):
    text = EMAIL.sub("[e-mail removed]", text)
    text = POSTCODE.sub("[postcode removed]", text)
    return PHONE.sub("[phone number removed]", text)
