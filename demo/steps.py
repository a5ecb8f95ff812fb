"""What `seed_demo` runs, in order. A new section adds its loader module here.

Order matters where a section links to another's content: articles need the home page,
treatments link the articles, answers link treatments and experts, subscribers pick
article topics, and practitioners offer treatments.
"""

from . import articles, newsletter, newsletter_issues, practitioners, questions, shell, treatments

SECTIONS = [shell, articles, treatments, questions, newsletter, newsletter_issues, practitioners]


def all_steps():
    """Every (label, callable) step of every section, in the order they run."""
    return [step for section in SECTIONS for step in section.STEPS]
