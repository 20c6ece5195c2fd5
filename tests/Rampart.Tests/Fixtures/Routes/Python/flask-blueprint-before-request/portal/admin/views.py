from flask import Blueprint, abort, redirect, request, url_for
from flask_login import current_user

admin_bp = Blueprint("admin", __name__, url_prefix="/admin")


@admin_bp.before_request
def require_staff():
    if request.endpoint == "admin.login":
        return None
    if not current_user.is_authenticated:
        return redirect(url_for("admin.login"))
    if not current_user.is_staff:
        abort(403)


@admin_bp.route("/login", methods=["GET", "POST"])
def login():
    return "login form"


@admin_bp.route("/")
def dashboard():
    return "dashboard"


@admin_bp.route("/users/<int:user_id>", methods=["DELETE"])
def delete_user(user_id):
    return "", 204


@admin_bp.post("/export")
def export_users():
    return "csv"
