import hashlib
import logging
import os
import shlex
import subprocess
from urllib.parse import urljoin

import requests
import structlog
from flask import Flask, abort, request
from jose import jwt as jose_jwt
from motor.motor_asyncio import AsyncIOMotorClient

app = Flask(__name__)
app.config["DEBUG"] = True  # expect: RMP-C040
app.config["SQLALCHEMY_ECHO"] = True  # expect: RMP-C033
log = structlog.get_logger()
std = logging.getLogger(__name__)
orders = AsyncIOMotorClient()["shop"]["orders"]
http = requests.Session()


def quoted_sql(value):
    return "SELECT * FROM orders WHERE ref = '" + value + "'"


def as_number(value):
    return int(value)


def current_search():
    return request.args.get("q", "")


@app.get("/orders")
def list_orders():
    cursor = get_cursor()
    cursor.execute(quoted_sql(request.args["ref"]))  # expect: RMP-C020
    cursor.execute("SELECT * FROM orders WHERE id = %d" % as_number(request.args["id"]))
    cursor.execute(f"SELECT * FROM orders WHERE note LIKE '%{current_search()}%'")  # expect: RMP-C020
    ref, note = request.args["ref"], "fixed"
    cursor.execute("SELECT * FROM orders WHERE ref = '%s'" % ref)  # expect: RMP-C020
    cursor.execute("SELECT * FROM orders WHERE note = '%s'" % note)
    ids = ",".join(str(int(i)) for i in request.args.getlist("ids"))
    cursor.execute(f"SELECT * FROM orders WHERE id IN ({ids})")
    names = ",".join(f"'{n}'" for n in request.args.getlist("names"))
    cursor.execute(f"SELECT * FROM orders WHERE name IN ({names})")  # expect: RMP-C020
    return "ok"


def get_cursor():
    import sqlite3
    return sqlite3.connect("orders.db").cursor()


@app.post("/orders/search")
async def search_orders():
    criteria = request.get_json()
    await orders.find(criteria).to_list(100)  # expect: RMP-C021
    await orders.find({"$where": f"this.total > {criteria['min']}"}).to_list(10)  # expect: RMP-C021
    await orders.find({"status": "open"}).to_list(100)
    return "ok"


@app.post("/tools/ping")
def ping():
    host = request.form["host"]
    os.system("ping -c 1 " + host)  # expect: RMP-C022
    subprocess.run(["bash", "-c", f"ping -c 1 {host}"])  # expect: RMP-C022
    os.system("ping -c 1 " + shlex.quote(host))
    subprocess.check_output(["ping", "-c", "1", host])
    return "ok"


@app.get("/proxy")
def proxy():
    target = request.args["target"]
    http.get(target)  # expect: RMP-C024
    requests.get(urljoin("https://api.example.com/", target))  # expect: RMP-C024
    requests.get(urljoin("https://api.example.com/", "v1/status"), params={"q": target})
    return "ok"


@app.post("/signup")
def signup():
    form = request.form
    password = form["password"]
    salt = os.urandom(16)
    digest = hashlib.md5((password + salt.hex()).encode()).hexdigest()  # expect: RMP-C014
    stored = hashlib.sha256(salt + password.encode()).hexdigest()
    log.info("signup", email=form["email"], password=password)  # expect: RMP-C030
    log.info("signup done", email=form["email"], password_length=len(password))
    std.info("signup payload", extra={"api_key": form.get("api_key")})  # expect: RMP-C030
    print("new user password:", password)  # expect: RMP-C030
    std.info("signup form: %s", dict(form))  # expect: RMP-C031
    return {"digest": digest, "stored": stored}


@app.get("/token/inspect")
def inspect_token():
    token = request.headers["Authorization"].split()[1]
    claims = jose_jwt.get_unverified_claims(token)  # expect: RMP-C010
    return claims


@app.get("/token/none")
def accept_none():
    token = request.headers["Authorization"].split()[1]
    key = os.environ["JWT_KEY"]
    return jose_jwt.decode(token, key, algorithms=["HS256", "none"])  # expect: RMP-C010


def issue(user_id):
    return jose_jwt.encode({"sub": user_id}, "s3cr3t", algorithm="HS256")  # expect: RMP-C012


@app.after_request
def cors(response):
    origin = request.headers.get("Origin")
    response.headers.add("Access-Control-Allow-Origin", origin)  # expect: RMP-C041
    if origin in {"https://app.example.com", "https://admin.example.com"}:
        response.headers["Access-Control-Allow-Origin"] = origin
    return response


@app.post("/logout")
def logout():
    response = app.make_response("bye")
    response.set_cookie("session", "", expires=0)
    response.set_cookie("session_id", request.cookies.get("session_id"), max_age=0)
    return response


@app.get("/items/<item_id>")
def item(item_id):
    item_id = int(item_id)
    get_cursor().execute(f"SELECT * FROM items WHERE id = {item_id}")
    return "ok"


if os.environ.get("FLASK_ENV") == "development":
    app.run(debug=True)
