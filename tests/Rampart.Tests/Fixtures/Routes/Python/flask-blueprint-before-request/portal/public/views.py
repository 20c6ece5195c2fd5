from flask import Blueprint, jsonify, request
from flask_login import login_required

public = Blueprint("public", __name__)


@public.route("/")
def index():
    return "home"


@public.get("/catalog")
def catalog():
    return jsonify([])


@public.route("/orders", methods=["GET", "POST"])
@login_required
def orders():
    if request.method == "POST":
        return "created", 201
    return jsonify([])


@login_required
@public.route("/orders/<int:order_id>/cancel", methods=["POST"])  # expect: RMP-C001
def cancel_order(order_id):
    return "cancelled"


@public.route("/contact", methods=["POST"])  # expect: RMP-C001
def contact():
    return "thanks"
