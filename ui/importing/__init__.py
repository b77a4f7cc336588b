"""Importing files from the window: the feature, its worker and its report dialog."""
