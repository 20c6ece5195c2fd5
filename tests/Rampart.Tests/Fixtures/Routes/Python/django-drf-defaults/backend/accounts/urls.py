from django.urls import path

from .views import ExportUsersView, RegisterView, UserDetailView

urlpatterns = [
    path("register/", RegisterView.as_view()),
    path("users/<int:pk>/", UserDetailView.as_view()),
    path("export/", ExportUsersView.as_view()),
]
