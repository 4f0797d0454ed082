from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from wagtail.rich_text import expand_db_html

from ..models import FAQ


class FAQSerializer(serializers.ModelSerializer):
    language = serializers.CharField(source="locale.language_code", read_only=True)
    topic = serializers.CharField(source="topic.title", read_only=True)
    topic_id = serializers.IntegerField(read_only=True)
    answer = serializers.SerializerMethodField()
    categories = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta:
        model = FAQ
        fields = ["id", "translation_key", "language", "topic_id", "topic", "question", "answer", "categories"]

    @extend_schema_field(serializers.CharField(help_text="The answer as HTML."))
    def get_answer(self, faq):
        return expand_db_html(faq.answer)
