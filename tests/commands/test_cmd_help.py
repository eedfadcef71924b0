"""The new commands are registered and documented."""
from __future__ import annotations


def test_commands_are_listed(kg):
    result = kg("--help")
    assert result.returncode == 0
    for command in ("build", "query", "serve", "validate", "export"):
        assert command in result.stdout


def test_build_documents_append(kg):
    result = kg("build", "--help")
    assert result.returncode == 0 and "--append" in result.stdout


def test_each_command_documents_its_options(kg):
    expected = {"query": ("--graph", "--file", "--name", "--param", "--format", "--list"),
                "serve": ("--graph", "--host", "--port", "--timeout", "--limit"),
                "validate": ("--graph",),
                "export": ("--graph", "--format", "--out")}
    for command, options in expected.items():
        result = kg(command, "--help")
        assert result.returncode == 0, result.stderr
        for option in options:
            assert option in result.stdout, (command, option)
