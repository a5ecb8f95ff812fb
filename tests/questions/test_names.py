import pytest

from questions.names import first_name_and_initial, initials, public_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Alice Hart-Davis", "A. H-D."),
        ("Mary O'Brien", "M. O'B."),
        ("Mary O’Brien", "M. O'B."),
        ("Cher", "C."),
        ("Élodie Dupré", "É. D."),
        ("E\u0301lise Ba\u0308r", "É. B."),  # decomposed accents
        ("Анна Петрова", "А. П."),
        ("王小明", "王."),
        ("  jean-luc   picard  ", "J-L. P."),
        ("José María García-López", "J. M. G-L."),
        ("", "Anonymous"),
        ("   ", "Anonymous"),
        ("!!! 123 ???", "Anonymous"),
        ("🙂", "Anonymous"),
        (None, "Anonymous"),
    ],
)
def test_initials(name, expected):
    assert initials(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Alice Hart-Davis", "Alice H-D."),
        ("Mary O'Brien", "Mary O'B."),
        ("Mary Jane Smith", "Mary S."),
        ("Cher", "Cher"),
        ("  Анна   Петрова ", "Анна П."),
        ("--- ###", "Anonymous"),
    ],
)
def test_first_name_and_last_initial(name, expected):
    assert first_name_and_initial(name) == expected


@pytest.mark.parametrize(
    ("name", "anonymous", "expected"),
    [
        ("Mary O'Brien", False, "Mary O'B."),
        ("Mary O'Brien", True, "M. O'B."),
        ("O'Brien, Mary", False, "Mary O'B."),
        ("O'Brien, Mary", True, "M. O'B."),
        ("Hart-Davis,Alice", False, "Alice H-D."),
        ("Cher", False, "Cher"),
        ("Anne-Marie", False, "Anne-Marie"),
        ("cher", False, "C."),
        ("SMITH", False, "S."),
        ("jdoe_85", False, "Anonymous"),
        ("李小龙", False, "李."),
        ("สมชาย ใจดี", False, "ส. ใ."),
        ("jane.doe@leak-test.example", False, "Anonymous"),
        ("Jane Doe 07700 900123", False, "J. D."),
        ("", False, "Anonymous"),
    ],
)
def test_public_name(name, anonymous, expected):
    assert public_name(name, anonymous) == expected
