# The home page moved to the `home` app, above the sections it shows. The tables are
# renamed, not recreated, so an existing site keeps its home page (home.0001 takes them over).

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("tweakments", "0002_outbound_email"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterModelTable("HomePageFeaturedArticle", "home_homepagefeaturedarticle"),
                migrations.AlterModelTable("HomePage", "home_homepage"),
            ],
            state_operations=[
                migrations.DeleteModel("HomePageFeaturedArticle"),
                migrations.DeleteModel("HomePage"),
            ],
        ),
    ]
