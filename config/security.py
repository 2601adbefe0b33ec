"""The Content-Security-Policy header, on every response."""

from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send settings.CONTENT_SECURITY_POLICY unless a view set its own.

    The pages hold no inline script or style: everything comes from our static
    files, so a script injected into a page's text cannot run. Django's debug error
    pages (DEBUG only) carry inline styles and scripts, and are left without it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        debug_page = settings.DEBUG and response.status_code >= 400
        if self.policy and not debug_page:
            response.headers.setdefault("Content-Security-Policy", self.policy)
        return response
