from django.contrib.auth.decorators import login_required, permission_required
from django.contrib.auth.mixins import PermissionRequiredMixin
from django.http import HttpResponse, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, DeleteView, ListView, UpdateView

from core.mixins import StaffAreaMixin

from .models import Order, Product


class ProductListView(ListView):
    model = Product


class ProductCreateView(StaffAreaMixin, CreateView):
    model = Product
    fields = ["name", "price"]


class ProductUpdateView(PermissionRequiredMixin, UpdateView):
    model = Product
    permission_required = "shop.change_product"
    fields = ["name", "price"]


class ProductDeleteView(DeleteView):  # expect: RMP-C001
    model = Product
    success_url = "/shop/"


@method_decorator(login_required, name="dispatch")
class ReportsView(View):
    def get(self, request):
        return JsonResponse({"revenue": 0})


def order_list(request):
    return JsonResponse(list(Order.objects.filter(user=request.user).values()))


@require_POST
@permission_required("shop.refund_order", raise_exception=True)
def refund_order(request, pk):
    order = Order.objects.get(pk=pk)
    order.refund()
    order.save()
    return JsonResponse({"ok": True})


@require_POST
def apply_coupon(request):  # expect: RMP-C001
    return JsonResponse({"applied": True})


@csrf_exempt
@require_POST
def stripe_webhook(request):
    return HttpResponse(status=200)
