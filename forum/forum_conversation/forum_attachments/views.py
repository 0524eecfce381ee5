"""machina's attachment view, stricter: the reader must be allowed to read the forum (machina
asked only whether she may download files), and to see the post — a post waiting for
approval or hidden after reports is seen only by its author and the moderators.

Files are served with the type their (cleaned, renamed) name says — WebP, JPEG or PNG
pictures shown inline, since they were drawn again by the forum and cannot carry a script;
PDFs always downloaded (Content-Disposition: attachment), so that no PDF reader inside the
browser opens them on the site's own address — with `nosniff`, a sandboxing
Content-Security-Policy and `Cache-Control: private` (never in the anonymous page cache)."""

from pathlib import PurePath

from django.http import FileResponse, Http404
from machina.apps.forum_conversation.forum_attachments.views import (
    AttachmentView as MachinaAttachmentView,
)

from .models import Attachment

CONTENT_TYPES = {
    "webp": "image/webp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "pdf": "application/pdf",
}
INLINE = {"image/webp", "image/jpeg", "image/png"}


class AttachmentView(MachinaAttachmentView):
    def get_queryset(self):
        return Attachment.objects.select_related("post__topic__forum")

    def get_object(self, queryset=None):
        if not hasattr(self, "_attachment"):
            self._attachment = super().get_object(queryset)
        return self._attachment

    def perform_permissions_check(self, user, obj, perms):
        handler = self.request.forum_permission_handler
        if not (handler.can_read_forum(obj, user) and handler.can_download_files(obj, user)):
            return False
        post = self.get_object().post
        if not (post.approved and post.topic.approved):
            mine = user.is_authenticated and post.poster_id == user.pk
            if not mine and not handler.can_approve_posts(obj, user):
                raise Http404
        return True

    def render_to_response(self, context, **response_kwargs):
        attachment = self.object
        filename = PurePath(attachment.file.name).name
        extension = PurePath(filename).suffix.lower().lstrip(".")
        content_type = CONTENT_TYPES.get(extension, "application/octet-stream")
        response = FileResponse(
            attachment.file.open("rb"),
            content_type=content_type,
            as_attachment=content_type not in INLINE,
            filename=filename,
        )
        response["X-Content-Type-Options"] = "nosniff"
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response["Cache-Control"] = "private, max-age=3600"
        return response
