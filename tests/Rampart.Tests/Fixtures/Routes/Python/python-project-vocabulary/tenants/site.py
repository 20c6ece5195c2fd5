from acme_auth import public_endpoint, require_tenant_admin
from flask import Flask

site = Flask(__name__)


@site.post("/billing/cancel")
@require_tenant_admin
def cancel_subscription():
    return "cancelled"


@site.post("/newsletter")  # expect: RMP-C005
@public_endpoint
def subscribe_newsletter():
    return "subscribed"
