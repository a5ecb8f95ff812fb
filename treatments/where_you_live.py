"""A treatment's rules where you live: who may do it, where, age limits and advertising,
for all UK nations or one. Editors add a rule per topic and nation; a nation's own rule
replaces the 'All UK nations' one there."""

from typing import NamedTuple

from wagtail import blocks

from .taxonomy import RULE_SCOPES, UK_WIDE, RuleTopic

SCOPE_LABELS = dict(RULE_SCOPES)


class NationRuleBlock(blocks.StructBlock):
    applies_in = blocks.ChoiceBlock(
        choices=RULE_SCOPES,
        default=UK_WIDE,
        help_text="A rule for one nation replaces the 'All UK nations' rule on the same topic.",
    )
    topic = blocks.ChoiceBlock(choices=RuleTopic.choices)
    text = blocks.TextBlock(
        max_length=400,
        help_text="Plain words, e.g. 'Illegal for anyone under 18 for cosmetic reasons, since "
        "1 October 2021.' The UK rules tracker links the law itself.",
    )

    class Meta:
        icon = "pick"
        label = "Rule"
        description = "One rule for this treatment in one nation, or in all of them."
        preview_value = {
            "applies_in": "england",
            "topic": RuleTopic.AGE,
            "text": "Illegal for anyone under 18 for cosmetic reasons, since 1 October 2021.",
        }


class NationRulesBlock(blocks.StreamBlock):
    rule = NationRuleBlock()


class RuleFact(NamedTuple):
    topic: RuleTopic
    text: str
    nation_specific: bool


class AgeRule(NamedTuple):
    where: str
    text: str


def rules_for(stream, nation, uk_who=""):
    """The rules in `nation` (a Nation value), topic by topic: the nation's own rule,
    else the UK-wide one; who may do it falls back to `uk_who`."""
    chosen = {}
    for block in stream:
        rule = block.value
        if rule["applies_in"] == nation or (
            rule["applies_in"] == UK_WIDE and rule["topic"] not in chosen
        ):
            chosen[rule["topic"]] = rule
    facts = []
    for topic in RuleTopic:
        rule = chosen.get(topic)
        if rule is not None:
            facts.append(RuleFact(topic, rule["text"], rule["applies_in"] != UK_WIDE))
        elif topic == RuleTopic.WHO and uk_who:
            facts.append(RuleFact(topic, uk_who, False))
    return facts


def age_rules(stream):
    """Every age-limit rule, labelled with where it applies."""
    return [
        AgeRule(SCOPE_LABELS[block.value["applies_in"]], block.value["text"])
        for block in stream
        if block.value["topic"] == RuleTopic.AGE
    ]
