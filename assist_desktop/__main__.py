from assist_desktop.cli import main

raise SystemExit(main())
