"""SDM Aid: shared decision-making aids for patients and clinicians."""

__version__ = "0.1.0"
