from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register(r"articles", views.ArticleViewSet, basename="article")
router.register(r"tags", views.TagViewSet)

urlpatterns = [
    path("", include(router.urls)),
    path("stats/", views.stats),
]
