"""The one rule for a request's client address, used by every limit (and by a login lockout, if the site has one).

Behind ``FEEDBACK_PLUGIN["TRUSTED_PROXY_COUNT"]`` proxies, each of which appends the address it received the
request from to X-Forwarded-For (nginx: ``proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for``), the
client is the N-th address from the right: everything to its left was written by the client and may be forged.
When the header is shorter than that, or that entry is not an address, the request didn't come through the
configured proxies, so the only address known to be real, REMOTE_ADDR, is used.
"""

import ipaddress

from .conf import feedback_setting

UNKNOWN = "unknown"
# Whoever holds an IPv6 address usually holds its whole /64, so limits count the /64.
IPV6_LIMIT_PREFIX = 64


def parse_address(value):
    """An ``ipaddress`` address from a header entry (``1.2.3.4``, ``2001:db8::1``, ``1.2.3.4:5678``,
    ``[2001:db8::1]:443``), or None."""
    value = value.strip()
    if value.startswith("["):
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:
        value = value.partition(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    return getattr(address, "ipv4_mapped", None) or address


def client_ip_address(request):
    """The client's address as an ``ipaddress`` object, or None when even REMOTE_ADDR is missing or invalid."""
    remote = parse_address(request.META.get("REMOTE_ADDR", ""))
    proxies = feedback_setting("TRUSTED_PROXY_COUNT")
    if proxies == 0:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(forwarded) < proxies:
        return remote
    return parse_address(forwarded[-proxies]) or remote


def client_address(request) -> str:
    """The client's address as text, for counting, logging and ``AXES_CLIENT_IP_CALLABLE``."""
    address = client_ip_address(request)
    return str(address) if address else UNKNOWN


def limit_key(request):
    """What a per-client limit counts: the client's address, or its /64 for IPv6."""
    address = client_ip_address(request)
    if address is None:
        return UNKNOWN
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_LIMIT_PREFIX}", strict=False))
    return str(address)
