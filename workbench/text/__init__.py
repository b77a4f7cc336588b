"""Text rules of the house: markdown, French typography, prose ranges, spelling, counting signes, find and replace, folding for comparisons."""
