"""MentorDesk: an offline, encrypted workbook for workplace learning and skills mentors."""

__version__ = "0.1.0"
APP_NAME = "MentorDesk"
