"""The centre server: this application headless on the centre's own machine.

One SQLCipher database, its key slots, audit log and backups, exactly as a standalone
centre; the data key only in this process's memory after an administrator unseals it.
Laptops reach it over gRPC with mutual TLS (see docs/SERVER.md). No Qt here.
"""
