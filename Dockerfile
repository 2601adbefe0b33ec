# The archive as a container: gunicorn on port 8000, data (SQLite, Whoosh, jieba's
# cache) in the /app/var volume. Migrations and index builds are explicit steps:
#   docker run IMAGE migrate index     then     docker run IMAGE   (serve)
# compose.yaml runs it with PostgreSQL. See docs/deploy.md.

# Stage 1: the dependencies, in a virtualenv of their own layer.
FROM python:3.11-slim AS deps
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1
RUN python -m venv /opt/venv
COPY requirements.txt /tmp/requirements.txt
RUN /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.txt

# Stage 2: the application, run by an unprivileged user.
FROM python:3.11-slim AS app
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 \
    PORT=8000 \
    DJANGO_DEBUG=0 \
    ARCHIVE_VAR_DIR=/app/var \
    DJANGO_STATIC_ROOT=/app/staticfiles
RUN groupadd --system --gid 10001 archive \
    && useradd --system --uid 10001 --gid archive --home-dir /app \
       --shell /usr/sbin/nologin archive
WORKDIR /app
COPY --from=deps /opt/venv /opt/venv
# The code stays owned by root: the app user can read it, not change it.
COPY . /app
# Hashed, compressed static files are part of the image. The secret is a
# placeholder for this one command: settings refuse DEBUG=0 without one.
RUN DJANGO_SECRET_KEY=build-time-only-collectstatic python manage.py collectstatic --noinput \
    && mkdir -p /app/var \
    && chown -R archive:archive /app/var
USER 10001:10001
VOLUME ["/app/var"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["bin/entrypoint", "healthcheck"]
ENTRYPOINT ["bin/entrypoint"]
CMD ["serve"]
