import logging

from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import HttpResponse, JsonResponse
from django.utils.http import url_has_allowed_host_and_scheme
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Customer, Note

logger = logging.getLogger(__name__)
SORTABLE = {"name", "created"}


def customer_detail(request, pk):
    # pk is declared <int:pk> in urls.py: an integer cannot inject SQL.
    same = Customer.objects.raw(f"SELECT * FROM crm_customer WHERE id = {pk}")
    customer = Customer.objects.get(pk=pk)
    logger.info("customer %s viewed", customer.name)
    logger.info("customer loaded: %s", customer)  # expect: RMP-C030
    return JsonResponse({"name": customer.name, "same": len(list(same))})


def customer_notes(request, slug):
    notes = Note.objects.raw(f"SELECT * FROM crm_note n JOIN crm_customer c ON c.id = n.customer_id WHERE c.slug = '{slug}'")  # expect: RMP-C020
    order = request.GET.get("order", "name")
    Note.objects.extra(where=[f"body LIKE '%%{request.GET['q']}%%'"])  # expect: RMP-C020
    if order in SORTABLE:
        Note.objects.extra(order_by=[order])
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM crm_note WHERE body LIKE %s", [f"%{slug}%"])
        cursor.execute("SELECT count(*) FROM crm_note WHERE body LIKE '%" + request.GET["term"] + "%'")  # expect: RMP-C020
    annotated = Note.objects.annotate(rank=RawSQL("SELECT %s", (slug,)))
    logger.debug("request headers: %s", request.headers)  # expect: RMP-C031
    logger.debug("auth header: %s", request.headers.get("Authorization"))  # expect: RMP-C030
    logger.debug("user agent: %s", request.headers.get("User-Agent"))
    return JsonResponse({"notes": [n.body for n in notes], "ranked": annotated.count()})


def go(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={"crm.example.com"}):
        target = "/"
    response = HttpResponse(status=302)
    response["Location"] = target
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin")  # expect: RMP-C041
    return response


class ReportView(APIView):
    def post(self, request):
        filters = request.data.get("filters", {})
        logger.info("report filters: %s", filters)
        password = request.data.get("password")
        if request.data.get("token") == Customer.objects.first().api_token:  # expect: RMP-C013
            return Response({"ok": True})
        logger.warning("bad report password %s", password)  # expect: RMP-C030
        return Response(status=403)
