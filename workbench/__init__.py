"""The editorial core: rules and services, headless (no QtWidgets)."""
