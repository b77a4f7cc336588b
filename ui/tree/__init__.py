"""The article tree: its model and its panel."""
