"""The "Question moderators" group: people who answer, publish and reject questions, and
nothing else. (Wagtail's own "Moderators" group is for page moderation and has page, image
and document permissions, so it is left alone.)"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Question moderators"
PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("questions", "question", "view_question"),
    ("questions", "question", "change_question"),
]


def create_group(apps, schema_editor):
    # Model permissions are normally made after all migrations; make ours now.
    app_config = apps.get_app_config("questions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(
        [
            Permission.objects.get(
                content_type__app_label=app_label,
                content_type__model=model,
                codename=codename,
            )
            for app_label, model, codename in PERMISSIONS
        ]
    )


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("questions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # These give every admin group "choose" permissions when they run; run them first.
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
