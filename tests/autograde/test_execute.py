import os

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


def test_kernel_talks_over_private_unix_sockets_and_prints_no_warning(tmp_path, capfd):
    """The gates' kernels use the ipc transport in a private folder: nothing listens on
    a localhost port, and ipykernel's warning about unencrypted TCP never reaches the
    test output. The folder goes with the session."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(6 * 7)")])
    with KernelSession(nb, tmp_path) as session:
        manager = session.client.km
        assert manager is not None and manager.transport == "ipc"
        sockets = manager.ip.rsplit("/", 1)[0]
        assert (
            session.run_cell(nbformat.v4.new_code_cell("print(6 * 7)"), 0).outputs[0]["text"]
            == "42\n"
        )
    assert "TCP" not in capfd.readouterr().err
    assert not os.path.exists(sockets)
