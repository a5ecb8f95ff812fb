"""Ask Alice's models: the questions (the data and its rules) and the page that shows them.

`questions.py` does not import the forms; `pages.py` does, so forms may import the data.
"""

from .pages import AskAlicePage
from .questions import (
    ALICE,
    QUESTION_MAX_LENGTH,
    Question,
    QuestionQuerySet,
    QuestionTag,
    admin_edit_url,
)

__all__ = [
    "ALICE",
    "QUESTION_MAX_LENGTH",
    "AskAlicePage",
    "Question",
    "QuestionQuerySet",
    "QuestionTag",
    "admin_edit_url",
]
