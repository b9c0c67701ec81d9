"""Queries and small write helpers over the tables; they flush, never commit."""
