"""What `seed_demo` runs, in order. A new section adds its loader module here.

Order matters where a section links to another's content: articles need the home page,
treatments link the articles, answers link treatments and experts, subscribers pick
article topics, practitioners offer treatments, and videos link treatments and articles.
"""

from . import (
    articles,
    chatbot,
    newsletter,
    newsletter_issues,
    practitioners,
    questions,
    review,
    shell,
    treatments,
    videos,
)

# Medical review comes after every health section; the chatbot comes last: it indexes
# every other section's pages.
SECTIONS = [
    shell,
    articles,
    treatments,
    questions,
    newsletter,
    newsletter_issues,
    practitioners,
    videos,
    review,
    chatbot,
]


def all_steps():
    """Every (label, callable) step of every section, in the order they run."""
    return [step for section in SECTIONS for step in section.STEPS]
