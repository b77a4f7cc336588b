"""The search dock: its model, delegate and panel."""
