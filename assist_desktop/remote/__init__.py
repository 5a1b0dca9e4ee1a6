"""The laptop's side of a centre server: its enrolled identity, the mutual-TLS channel, and
client implementations of the service interfaces and of ChangeSource, so the screens work
the same whichever they are given. Nothing here writes case data to disk. No Qt here."""
