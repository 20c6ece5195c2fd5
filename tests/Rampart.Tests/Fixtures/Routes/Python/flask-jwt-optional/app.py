from flask import Flask, jsonify, request
from flask_httpauth import HTTPBasicAuth
from flask_jwt_extended import JWTManager, jwt_required

from decorators import admin_required, timed

app = Flask(__name__)
jwt = JWTManager(app)
basic = HTTPBasicAuth()


@app.route("/api/login", methods=["POST"])
def login():
    return jsonify(access_token="...")


@app.get("/api/posts")
@jwt_required(optional=True)
def list_posts():
    return jsonify([])


@app.post("/api/posts")  # expect: RMP-C001
@jwt_required(optional=True)
def create_post():
    return jsonify(request.json), 201


@app.put("/api/posts/<int:post_id>")
@jwt_required()
def update_post(post_id):
    return jsonify(ok=True)


@app.delete("/api/posts/<int:post_id>")
@admin_required
@timed
def delete_post(post_id):
    return "", 204


@app.route("/api/metrics/raw")
@basic.login_required(role="ops")
def raw_metrics():
    return jsonify({})


def render_docs():
    """Example for the docs page:

    @app.route("/api/secret", methods=["DELETE"])
    def secret(): ...
    """
    text = '@app.route("/api/also-not-a-route")'
    return text
