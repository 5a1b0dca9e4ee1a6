"""The demo centre generator: invented clients, matters, notes and documents for trying the
application, benchmarks and screenshots. It sits above services (it uses their records and
the storage bulk writer) and below cli; the gui never imports it."""
