"""The planner: the Planning tab (numéros, chemin de fer, status board, deadlines)."""
