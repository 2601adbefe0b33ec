"""Logging filters: what the archive's logs leave out."""

import logging

from django.core.exceptions import PermissionDenied


class ExpectedRefusals(logging.Filter):
    """Log a refused request (403 PermissionDenied) as one line, without a traceback.

    An editor opening a page that is not theirs is the permission system working;
    the warning still says who was refused what, and real errors keep theirs.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        refused = getattr(record, "status_code", None) == 403
        if (
            refused
            and record.exc_info
            and isinstance(record.exc_info[1], PermissionDenied)
        ):
            record.exc_info = None
            record.exc_text = None
        return True
