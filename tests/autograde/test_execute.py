import nbformat

from autograde.execute import KernelSession


def test_running_a_replacement_cell_leaves_the_notebook_alone(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("def f():\n    return 'original'")]
    replacement = nbformat.v4.new_code_cell("def f():\n    return 'replaced'")
    probe = nbformat.v4.new_code_cell("print(f())")
    with KernelSession(nb, tmp_path) as session:
        session.run_cells(nb.cells)
        session.run_cell(replacement, 0)
        assert nb.cells[0].source == "def f():\n    return 'original'"
        session.run_cell(nb.cells[0], 0)  # restore, as the mutation gate does
        assert session.run_cell(probe, 0).outputs[0]["text"] == "original\n"
