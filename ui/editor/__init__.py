"""The writer's editor and its tools (find bar, history, typography, spelling)."""
