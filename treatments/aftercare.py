"""Aftercare as a timeline: what is normal at each stage after a treatment, and which signs
need action, at four levels in the style of NHS care cards.

Editors write one block per stage; the page shows the stages in time order whatever
order they were added in, each sign under its level, so the most urgent stand out.
"""

from dataclasses import dataclass

from django.db import models
from wagtail import blocks


class Stage(models.TextChoices):
    DAY_0 = "day-0", "Day 0: the day of treatment"
    DAYS_1_3 = "days-1-3", "Days 1 to 3"
    WEEKS_2 = "first-2-weeks", "The first 2 weeks"
    LATER = "later", "Later"


class Level(models.TextChoices):
    """How urgent a sign is, least first. The labels are the actions readers take."""

    NORMAL = "normal", "Normal: no action needed"
    PRACTITIONER = "practitioner", "Contact your practitioner the same day"
    NHS_111 = "111", "Call NHS 111 or go to 111.nhs.uk"
    EMERGENCY = "999", "Call 999 or go to A&E now"

    @property
    def kicker(self):
        """The card's label above its action, as NHS care cards have it."""
        return {
            Level.NORMAL: "Normal",
            Level.PRACTITIONER: "Same day",
            Level.NHS_111: "Urgent advice",
            Level.EMERGENCY: "Immediate action required",
        }[self]

    @property
    def heading(self):
        if self == Level.NORMAL:
            return "What is normal"
        return f"{self.label} if you have:"


STAGE_ORDER = list(Stage)
LEVEL_ORDER = list(Level)


class AftercareSignBlock(blocks.StructBlock):
    level = blocks.ChoiceBlock(
        choices=Level.choices,
        default=Level.NORMAL,
        help_text="Normal, or the action the reader should take if they notice it.",
    )
    text = blocks.TextBlock(
        max_length=300,
        help_text="One plain sentence, e.g. 'Skin turns white or blotchy near the injection'.",
    )

    class Meta:
        icon = "warning"
        label = "Sign"


class AftercareStageBlock(blocks.StructBlock):
    stage = blocks.ChoiceBlock(choices=Stage.choices, default=Stage.DAY_0)
    signs = blocks.ListBlock(AftercareSignBlock(), min_num=1)

    class Meta:
        icon = "time"
        label = "Stage"
        description = "What a reader may notice at one stage after treatment, by urgency."
        preview_value = {
            "stage": Stage.DAY_0,
            "signs": [
                {"level": Level.NORMAL, "text": "Some redness and swelling where it was done."},
                {"level": Level.EMERGENCY, "text": "Any change in your vision."},
            ],
        }


class AftercareBlock(blocks.StreamBlock):
    stage = AftercareStageBlock()


@dataclass(frozen=True)
class CareCard:
    """The signs of one level at one stage: a card with its own anchor."""

    stage: Stage
    level: Level
    signs: tuple

    @property
    def anchor(self):
        return f"aftercare-{self.stage.value}-{self.level.value}"

    @property
    def urgent(self):
        return self.level != Level.NORMAL


@dataclass(frozen=True)
class TimelineStage:
    stage: Stage
    cards: tuple

    @property
    def anchor(self):
        return f"aftercare-{self.stage.value}"


def timeline(stream):
    """The aftercare StreamField as stages in time order, each with its cards by level.
    Two blocks for the same stage are read as one."""
    signs = {}
    for block in stream:
        stage = Stage(block.value["stage"])
        for sign in block.value["signs"]:
            signs.setdefault((stage, Level(sign["level"])), []).append(sign["text"])
    stages = []
    for stage in STAGE_ORDER:
        cards = tuple(
            CareCard(stage, level, tuple(signs[stage, level]))
            for level in LEVEL_ORDER
            if (stage, level) in signs
        )
        if cards:
            stages.append(TimelineStage(stage, cards))
    return stages
