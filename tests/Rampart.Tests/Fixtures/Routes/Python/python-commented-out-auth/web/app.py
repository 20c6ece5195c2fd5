from flask import Flask, jsonify
from flask_login import login_required

app = Flask(__name__)


@app.route("/dashboard")
@login_required
def dashboard():
    return jsonify({})


@app.route("/settings", methods=["POST"])  # expect: RMP-C001
# @login_required  # expect: RMP-C004
def save_settings():
    return jsonify(ok=True)


# login_required is not needed here: the page is public on purpose.
@app.route("/pricing")
def pricing():
    return jsonify([])
