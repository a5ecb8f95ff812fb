import factory
from django.utils import timezone

from newsletter.models import CURRENT_CONSENT_VERSION, Subscriber


class SubscriberFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"reader{n}@example.com")
    first_name = "Ann"
    status = Subscriber.Status.CONFIRMED
    consent_version = CURRENT_CONSENT_VERSION
    consent_given_at = factory.LazyFunction(timezone.now)
    confirmation_sent_at = factory.LazyFunction(timezone.now)
    source_path = "/"

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    @factory.post_generation
    def interests(subscriber, create, extracted, **kwargs):
        if create and extracted:
            subscriber.interests.set(extracted)
