"""The read side in one namespace (``from dondoc.services import queries``): every query and view
of ``queries_tasks``, ``queries_documents`` and ``queries_dashboard``, re-exported.

Queries end their transaction (``read_only``); give them a read session
(``Database.session(readonly=True)``) so that readers never queue behind writers.
"""

from __future__ import annotations

from dondoc.services.queries_dashboard import (
    AgencyItem,
    ExtensionItem,
    RecentReport,
    SummaryRow,
    latest_reports,
    list_agencies,
    list_extensions,
    status_summary,
)
from dondoc.services.queries_documents import (
    DocumentText,
    DocumentView,
    get_document_text,
    list_document_tasks,
    list_documents,
)
from dondoc.services.queries_tasks import (
    count_assignments,
    get_task,
    list_assignments,
    page_assignments,
    upcoming_deadlines,
)
from dondoc.services.queries_views import (
    AssignmentPage,
    AssignmentView,
    ExtensionView,
    ReportView,
    TaskAgencyView,
    TaskView,
)

__all__ = [
    "AgencyItem",
    "AssignmentPage",
    "AssignmentView",
    "DocumentText",
    "DocumentView",
    "ExtensionItem",
    "ExtensionView",
    "RecentReport",
    "ReportView",
    "SummaryRow",
    "TaskAgencyView",
    "TaskView",
    "count_assignments",
    "get_document_text",
    "get_task",
    "latest_reports",
    "list_agencies",
    "list_assignments",
    "list_document_tasks",
    "list_documents",
    "list_extensions",
    "page_assignments",
    "status_summary",
    "upcoming_deadlines",
]
