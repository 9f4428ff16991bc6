"""SSRF guard: which addresses count as inside the network, and how the allow-list opens them."""

from __future__ import annotations

import ipaddress

import pytest

from pipeline.sources.netguard import AddressPolicy, AddressRefused, address_class


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.5", "private"),
        ("192.168.10.1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("fc00::1", "private"),
        ("100.64.0.1", "non-global"),
        ("::ffff:192.168.0.1", "private"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_address_class(address: str, kind: str | None) -> None:
    assert address_class(ipaddress.ip_address(address)) == kind


def test_public_literal_address_is_allowed_without_configuration() -> None:
    assert AddressPolicy().resolve("93.184.216.34", 80) == ("93.184.216.34", 80)


def test_private_literal_address_is_refused_without_configuration() -> None:
    with pytest.raises(AddressRefused, match=r"^10\.0\.0\.1 resolves to private address 10\.0\.0\.1 \(SSRF guard\)$"):
        AddressPolicy().resolve("10.0.0.1", 80)


def test_allowed_network_opens_only_its_addresses() -> None:
    policy = AddressPolicy(allowed_hosts=("10.8.0.0/16",))
    assert policy.resolve("10.8.3.4", 8080) == ("10.8.3.4", 8080)
    with pytest.raises(AddressRefused):
        policy.resolve("10.9.0.1", 8080)


def test_allowed_host_name_is_matched_case_insensitively() -> None:
    assert AddressPolicy(allowed_hosts=("LOCALHOST",)).resolve("localhost", 80)[1] == 80


def test_allow_private_networks_opens_everything() -> None:
    assert AddressPolicy(allow_private_networks=True).resolve("192.168.1.1", 80) == ("192.168.1.1", 80)
