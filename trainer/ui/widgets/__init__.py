"""Reusable widgets: answer inputs per question kind, a flow layout, small helpers."""
