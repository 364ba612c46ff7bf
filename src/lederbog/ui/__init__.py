"""The full-screen workbook (Textual). The only part of Lederbog that imports Textual."""
