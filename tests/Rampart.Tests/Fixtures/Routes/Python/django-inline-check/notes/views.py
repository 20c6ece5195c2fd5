from django.http import HttpResponseForbidden, JsonResponse
from django.shortcuts import redirect, render

from .models import Note


def home(request):
    return render(request, "home.html")


def notes(request):
    if not request.user.is_authenticated:
        return redirect("/login/?next=/notes/")
    return JsonResponse(list(Note.objects.filter(owner=request.user).values()), safe=False)


def delete_note(request, pk):
    if request.method != "POST":
        return HttpResponseForbidden()
    if request.user.is_authenticated and request.user.id == Note.objects.get(pk=pk).owner_id:
        Note.objects.filter(pk=pk).delete()
    return redirect("/notes/")


def share_note(request, pk):  # expect: RMP-C001
    # TODO check request.user.is_authenticated before sharing
    note = Note.objects.get(pk=pk)
    if request.method == "POST":
        note.shared = True
        note.save()
    return JsonResponse({"shared": note.shared})


def profile(request):
    if request.user.is_anonymous:
        return redirect("/login/")
    return render(request, "profile.html")
