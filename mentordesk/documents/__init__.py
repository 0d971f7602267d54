"""PDF documents built with ReportLab (imported lazily, inside each builder)."""
