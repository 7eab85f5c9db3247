"""Importing proposals from CSV, XLSX, KoboToolbox and ODK Central exports."""
