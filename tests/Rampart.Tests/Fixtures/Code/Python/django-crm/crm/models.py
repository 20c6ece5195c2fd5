from django.db import models


class Customer(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField()
    api_token = models.CharField(max_length=64)


class Note(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    body = models.TextField()
