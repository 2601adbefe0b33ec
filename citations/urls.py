from django.urls import path, re_path

from . import views

app_name = "citations"

urlpatterns = [
    path("s/<int:pk>", views.speech, name="speech"),
    # "2-1": the first subsection of part 2 (the section's anchor without its "s").
    re_path(r"^s/(?P<pk>\d+)/(?P<path>\d+(?:-\d+)*)$", views.section, name="section"),
]
