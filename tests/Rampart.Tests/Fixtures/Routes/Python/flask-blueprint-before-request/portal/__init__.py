from flask import Flask
from flask_login import LoginManager

from .admin.views import admin_bp
from .public.views import public


login_manager = LoginManager()


def create_app():
    app = Flask(__name__)
    login_manager.init_app(app)
    app.register_blueprint(public)
    app.register_blueprint(admin_bp, url_prefix="/backoffice")
    return app
