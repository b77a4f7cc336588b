"""The chemin de fer (flatplan): its rules, its changes in the store, slots, snapshots for undo, the PDF and the legend of status colours."""
