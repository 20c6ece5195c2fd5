from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

app_name = "shop"
urlpatterns = [
    path("", views.ProductListView.as_view(), name="products"),
    path("products/new/", views.ProductCreateView.as_view(), name="product-create"),
    path("products/<int:pk>/edit/", views.ProductUpdateView.as_view(), name="product-edit"),
    path("products/<int:pk>/delete/", views.ProductDeleteView.as_view(), name="product-delete"),
    path("reports/", views.ReportsView.as_view(), name="reports"),
    path("orders/", login_required(views.order_list), name="orders"),
    path("orders/<int:pk>/refund/", views.refund_order, name="refund"),
    path("coupons/apply/", views.apply_coupon, name="apply-coupon"),
    path("stripe/webhook/", views.stripe_webhook, name="stripe-webhook"),
]
