"""Working offline: a numéro taken from a team store into a SQLite file, and synced back."""
