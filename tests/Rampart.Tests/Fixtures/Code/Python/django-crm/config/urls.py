from django.conf import settings
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from graphene_django.views import GraphQLView

from crm import views

urlpatterns = [
    path("customers/<int:pk>/", views.customer_detail),
    path("customers/<slug:slug>/notes/", views.customer_notes),
    path("reports/", views.ReportView.as_view()),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema")),  # expect: RMP-C043
    path("graphql/", GraphQLView.as_view(graphiql=False)),
]

if settings.DEBUG:
    urlpatterns += [path("graphiql/", GraphQLView.as_view(graphiql=True))]
