# Takes over the home page tables that tweakments.0003 renamed (state only), and points
# existing pages' content type at this app.

import django.db.models.deletion
import modelcluster.fields
from django.conf import settings
from django.db import migrations, models


def move_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in ("homepage", "homepagefeaturedarticle"):
        content_type.objects.filter(app_label="tweakments", model=model).update(app_label="home")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("articles", "0002_articlepagetreatment"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("tweakments", "0003_move_home_page_to_home_app"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="HomePage",
                    fields=[
                        ("page_ptr", models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ("hero_heading", models.CharField(help_text="The big line at the top of the home page.", max_length=120)),
                        ("hero_text", models.TextField(blank=True, help_text="One or two sentences under the heading.", max_length=300)),
                        ("hero_link_text", models.CharField(blank=True, default="Read the latest", max_length=40)),
                        ("hero_image", models.ForeignKey(blank=True, help_text="A wide picture (at least 1600 px across); set its focal point.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailimages.image")),
                        ("hero_link", models.ForeignKey(blank=True, help_text="Where the button under the heading goes.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.WAGTAIL_PAGE_MODEL)),
                    ],
                    options={"abstract": False},
                    bases=("wagtailcore.page",),
                ),
                migrations.CreateModel(
                    name="HomePageFeaturedArticle",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("article", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="+", to="articles.articlepage")),
                        ("page", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="featured_articles", to="home.homepage")),
                    ],
                    options={"ordering": ["sort_order"], "abstract": False},
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, migrations.RunPython.noop),
    ]
