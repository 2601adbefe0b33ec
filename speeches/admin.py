"""The editors' desk: the site's titles and every model's admin, registered here.

Each page kind has its module: admin_speeches.py (the speech list and change page),
admin_sections.py (the section tree and a section's text), admin_history.py
(revisions), admin_slogans.py and admin_slogan_review.py (slogans and their review
queue), admin_filters.py, admin_records.py (read-only rows), admin_base.py (what they
share), admin_forms.py (their forms), admin_people.py (user accounts).
"""

from django.contrib import admin

from .admin_history import RevisionAdmin
from .admin_records import MentionAdmin, SloganJobAdmin
from .admin_slogans import SloganAdmin
from .admin_speeches import SpeechAdmin
from .models import Mention, Revision, Slogan, SloganJob, Speech

admin.site.site_header = "讲话档案 · 编辑台"
admin.site.site_title = "讲话档案编辑台"
admin.site.index_title = "编辑工作"

admin.site.register(Speech, SpeechAdmin)
admin.site.register(Slogan, SloganAdmin)
admin.site.register(Mention, MentionAdmin)
admin.site.register(Revision, RevisionAdmin)
admin.site.register(SloganJob, SloganJobAdmin)
