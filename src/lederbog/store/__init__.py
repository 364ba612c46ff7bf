"""The record store: the data folder's files, the search index and the doctor."""
