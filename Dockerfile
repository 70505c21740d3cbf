# Avora CRM on the official Odoo 19.0 image: adds the pinned OCA addons and
# Python packages from requirements.txt. Used by docker-compose.yml.
FROM odoo:19.0
USER root
COPY requirements.txt /tmp/avora-requirements.txt
# --no-deps: every addon the OCA wheels need is pinned in requirements.txt,
# and Odoo itself comes from the image's Debian package, not from pip.
RUN pip3 install --no-cache-dir --break-system-packages --no-deps -r /tmp/avora-requirements.txt \
    && rm /tmp/avora-requirements.txt
USER odoo
