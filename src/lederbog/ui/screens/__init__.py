"""The workbook's screens: one per section, plus dialogs."""
