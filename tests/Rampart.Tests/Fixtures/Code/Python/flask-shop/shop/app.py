import logging
import os
import pickle
import sqlite3
import subprocess

import requests
import yaml
from flask import Flask, abort, jsonify, request, send_file, send_from_directory
from flask_cors import CORS
from pymongo import MongoClient
from werkzeug.utils import secure_filename

app = Flask(__name__)
CORS(app, supports_credentials=True)  # expect: RMP-C041
logger = logging.getLogger(__name__)
mongo = MongoClient(os.environ["MONGO_URL"])
UPLOAD_DIR = "/srv/uploads"
REPORTS_API = "https://reports.internal.example.com"
ALLOWED_FORMATS = {"pdf", "csv"}


def db():
    return sqlite3.connect("shop.db")


def like_pattern(term):
    return "%" + term + "%"


@app.get("/products/search")
def search_products():
    term = request.args.get("q", "")
    cursor = db().cursor()
    cursor.execute(f"SELECT id, name FROM products WHERE name LIKE '%{term}%'")  # expect: RMP-C020
    rows = cursor.fetchall()
    # Parameterised: the value never reaches the SQL text.
    cursor.execute("SELECT id, name FROM products WHERE name LIKE ?", (like_pattern(term),))
    return jsonify(rows)


@app.get("/products/by-category")
def by_category():
    category = request.args["category"]
    sort = request.args.get("sort", "name")
    query = "SELECT * FROM products WHERE category = '%s'" % category
    conn = db()
    conn.execute(query)  # expect: RMP-C020
    if sort not in ("name", "price"):
        abort(400)
    # sort is validated against an allow-list before it is formatted in.
    conn.execute("SELECT * FROM products ORDER BY {}".format(sort))
    conn.execute("SELECT * FROM products WHERE name LIKE ?", (like_pattern(category),))
    return jsonify([])


@app.post("/login")
def login():
    body = request.get_json()
    logger.info("login attempt: %s", body)  # expect: RMP-C031
    user = mongo.shop.users.find_one({"email": body["email"], "password": body["password"]})  # expect: RMP-C021
    if user is None:
        logger.warning("login failed for %s", body["email"])
        abort(401)
    email = request.form.get("email")
    # A form field is a string: it cannot be an operator object.
    mongo.shop.users.find_one({"email": email})
    mongo.shop.users.find_one({"email": str(body["email"])})
    token = issue_session(user)
    response = jsonify({"ok": True})
    response.set_cookie("session_token", token)  # expect: RMP-C015
    response.set_cookie("theme", "dark")
    response.set_cookie("refresh_token", token, httponly=True, secure=True, samesite="Strict")
    logger.info("issued session token for user %s", user["_id"])
    logger.debug("session token: %s", token)  # expect: RMP-C030
    return response


def issue_session(user):
    return os.urandom(32).hex()


@app.get("/reports/<name>")
def report(name):
    fmt = request.args.get("format", "pdf")
    path = os.path.join("/srv/reports", name)
    if fmt not in ALLOWED_FORMATS:
        abort(400)
    subprocess.run(f"convert {path} out.{fmt}", shell=True)  # expect: RMP-C022
    subprocess.run(["convert", path, f"out.{fmt}"])
    return send_file(path)  # expect: RMP-C023


@app.get("/downloads/<path:filename>")
def download(filename):
    # send_from_directory refuses paths that leave the folder.
    return send_from_directory(UPLOAD_DIR, filename)


@app.get("/invoices/<int:invoice_id>")
def invoice(invoice_id):
    return send_file(os.path.join("/srv/invoices", f"{invoice_id}.pdf"))


@app.post("/upload")
def upload():
    uploaded = request.files["file"]
    uploaded.save(os.path.join(UPLOAD_DIR, uploaded.filename))  # expect: RMP-C023
    uploaded.save(os.path.join(UPLOAD_DIR, secure_filename(uploaded.filename)))
    safe = os.path.basename(request.form["name"])
    with open(os.path.join(UPLOAD_DIR, safe), "wb") as out:
        out.write(uploaded.read())
    return "", 204


@app.post("/import")
def import_cart():
    cart = pickle.loads(request.get_data())  # expect: RMP-C025
    settings = yaml.load(request.data)  # expect: RMP-C025
    defaults = yaml.safe_load(request.data)
    return jsonify({"items": len(cart), "settings": bool(settings), "defaults": bool(defaults)})


@app.get("/calc")
def calc():
    expression = request.args.get("expr", "1+1")
    return str(eval(expression))  # expect: RMP-C026


@app.get("/preview")
def preview():
    url = request.args["url"]
    page = requests.get(url, timeout=5)  # expect: RMP-C024
    report_id = request.args["id"]
    # A request value in the path of a fixed base cannot choose the host.
    requests.get(f"{REPORTS_API}/reports/{report_id}", timeout=5)
    requests.get("https://reports.internal.example.com/v1/" + report_id, timeout=5)
    return page.text


@app.get("/partner/feed")
def partner_feed():
    api_key = request.args.get("api_key")  # expect: RMP-C044
    if api_key != os.environ["PARTNER_API_KEY"]:  # expect: RMP-C013
        abort(403)
    return jsonify([])


@app.get("/account/verify-email")
def verify_email():
    # E-mailed links carry their one-time token in the URL: that is the flow, not a leak.
    token = request.args.get("token")
    return jsonify({"verified": bool(token)})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)  # expect: RMP-C040, RMP-C045
