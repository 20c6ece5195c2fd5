from django.contrib.auth.models import User
from rest_framework import generics
from rest_framework.permissions import AllowAny
from rest_framework.views import APIView
from rest_framework.response import Response


class RegisterView(generics.CreateAPIView):
    permission_classes = [AllowAny]

    def perform_create(self, serializer):
        serializer.save()


class UserDetailView(generics.RetrieveUpdateDestroyAPIView):
    queryset = User.objects.all()


class ExportUsersView(APIView):  # expect: RMP-C005
    permission_classes = []

    def post(self, request):
        return Response([u.email for u in User.objects.all()])
