from django.contrib.auth.mixins import LoginRequiredMixin


class StaffAreaMixin(LoginRequiredMixin):
    login_url = "/accounts/login/"
