"""Realistic, deterministic demo vaults."""

from mentordesk.services.demo.builder import SIZES, DemoSize, build_demo

__all__ = ["SIZES", "DemoSize", "build_demo"]
