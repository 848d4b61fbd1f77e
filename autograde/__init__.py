"""autograde: the NNA grading pipeline on top of nbgrader.

Modules: `course` (course layout, release), `notebook` (tasks, cells and scoring
under nbgrader's rules), `execute` (one kernel per notebook, re-running cells),
`mutants` (wrong and alternative solutions used by the quality gates),
`conventions` (authoring rules), `cli` (`python -m autograde`).

Importing the package imports none of them: every student kernel imports
`autograde.policy` for the live rules check (`nna_tf.rules`), and should not pay
for nbformat and nbgrader on the way.
"""
