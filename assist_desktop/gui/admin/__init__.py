"""Administration screens (administrators only): staff, security policy, audit log, rules."""
