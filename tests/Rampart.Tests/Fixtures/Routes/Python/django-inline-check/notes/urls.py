from django.urls import path

from . import views

urlpatterns = [
    path("", views.home),
    path("notes/", views.notes),
    path("notes/<int:pk>/delete/", views.delete_note),
    path("notes/<int:pk>/share/", views.share_note),
    path("profile/", views.profile),
]
