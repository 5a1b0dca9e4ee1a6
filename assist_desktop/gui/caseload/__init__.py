"""The caseload: every file the person may see, filtered, sorted and searched."""
