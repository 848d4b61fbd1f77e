"""nna_tf: the helper library of the NNA course.

It ships to students, so it never holds solutions or hidden expected values.
Modules: `device` (set-up, seeds, quiet TensorFlow), `datasets` (offline data),
`checks` (assertions used by the notebooks' tests), `plots` (figures), `rl`
(quiet Gymnasium environments and bandits), `rules` (the grading rules, checked
live on each cell the student runs).
"""

from nna_tf import checks, datasets, plots, rl, rules
from nna_tf.device import DeviceInfo, import_tensorflow, setup

__version__ = "0.2.3"

__all__ = [
    "DeviceInfo",
    "checks",
    "datasets",
    "import_tensorflow",
    "plots",
    "rl",
    "rules",
    "setup",
]
