"""The Qt layer of SDM Aid: a thin view over the Qt-free core."""
