"""What crosses the network between a laptop and its centre server: the gRPC contract
(centre.proto and its generated modules), the strict value codec, and the allowlist of
service methods a laptop may call. Used by server/ and remote/; no Qt, no SQL."""
