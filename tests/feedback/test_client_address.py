"""The one client-address rule: with N trusted proxies the client is the N-th X-Forwarded-For entry from the
right; anything else the client could have written falls back to REMOTE_ADDR, never to a forged entry."""

import pytest
from django.test import RequestFactory

from feedback_plugin.client_address import client_address, limit_key

PROXY = "10.0.0.1"


def request(remote=PROXY, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.fixture
def proxies(settings):
    def trust(count):
        settings.FEEDBACK_PLUGIN = {"TRUSTED_PROXY_COUNT": count}

    return trust


def test_without_trusted_proxies_the_client_is_the_connecting_address_whatever_it_forwards(proxies):
    proxies(0)
    assert client_address(request("203.0.113.7", forwarded="198.51.100.1")) == "203.0.113.7"


def test_behind_one_proxy_the_client_is_the_address_the_proxy_appended(proxies):
    proxies(1)
    assert client_address(request(forwarded="203.0.113.7")) == "203.0.113.7"


def test_behind_one_proxy_a_forged_left_part_is_ignored(proxies):
    proxies(1)
    assert client_address(request(forwarded="198.51.100.1, 192.0.2.9,203.0.113.7")) == "203.0.113.7"


def test_behind_two_proxies_the_client_is_second_from_the_right(proxies):
    proxies(2)
    assert client_address(request(forwarded="198.51.100.1, 203.0.113.7, 10.0.0.2")) == "203.0.113.7"


@pytest.mark.parametrize("forwarded", [None, "", "203.0.113.7"])
def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_connecting_address(proxies, forwarded):
    proxies(2)
    assert client_address(request(forwarded=forwarded)) == PROXY


@pytest.mark.parametrize("garbage", ["unknown", "203.0.113.300", "<script>", "203.0.113.7 203.0.113.8", "::1::2"])
def test_garbage_where_the_client_should_be_falls_back_to_the_connecting_address(proxies, garbage):
    proxies(1)
    assert client_address(request(forwarded=f"203.0.113.7, {garbage}")) == PROXY


@pytest.mark.parametrize(
    ("forwarded", "client"),
    [
        ("2001:DB8::0:1", "2001:db8::1"),
        ("[2001:db8::1]:443", "2001:db8::1"),
        ("203.0.113.7:51234", "203.0.113.7"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
    ],
)
def test_addresses_are_read_in_their_usual_spellings_and_normalised(proxies, forwarded, client):
    proxies(1)
    assert client_address(request(forwarded=forwarded)) == client


def test_ipv6_clients_connecting_directly_are_read_too(proxies):
    proxies(0)
    assert client_address(request("2001:db8::7")) == "2001:db8::7"


def test_a_missing_or_invalid_connecting_address_is_unknown(proxies):
    proxies(0)
    assert client_address(request("")) == "unknown"


def test_limits_count_an_ipv6_client_by_its_64_and_an_ipv4_client_by_its_address(proxies):
    proxies(1)
    assert limit_key(request(forwarded="2001:db8:1:2:aaaa::1")) == limit_key(request(forwarded="2001:db8:1:2::ffff"))
    assert limit_key(request(forwarded="2001:db8:1:2::1")) == "2001:db8:1:2::/64"
    assert limit_key(request(forwarded="2001:db8:1:3::1")) != limit_key(request(forwarded="2001:db8:1:2::1"))
    assert limit_key(request(forwarded="203.0.113.7")) == "203.0.113.7"
