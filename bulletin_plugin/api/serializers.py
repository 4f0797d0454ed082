from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from ..models import Bulletin


class BulletinAreaSerializer(serializers.Serializer):
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6)
    radius_m = serializers.IntegerField()


class BulletinSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="locale.language_code", read_only=True)
    body = serializers.SerializerMethodField()
    categories = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    area = serializers.SerializerMethodField()
    is_active = serializers.SerializerMethodField()

    class Meta:
        model = Bulletin
        fields = [
            "id",
            "translation_key",
            "language",
            "title",
            "body",
            "priority",
            "valid_from",
            "valid_until",
            "is_active",
            "categories",
            "area",
        ]

    @extend_schema_field(serializers.CharField(help_text="The body as HTML."))
    def get_body(self, bulletin):
        return expand_db_html(bulletin.body)

    @extend_schema_field(BulletinAreaSerializer(allow_null=True))
    def get_area(self, bulletin):
        return BulletinAreaSerializer(bulletin).data if bulletin.has_area else None

    @extend_schema_field(serializers.BooleanField())
    def get_is_active(self, bulletin):
        return bulletin.is_active()
