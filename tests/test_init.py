import nna_tf


def test_all_is_sorted_and_complete():
    assert nna_tf.__all__ == sorted(nna_tf.__all__)
    public = {name for name in vars(nna_tf) if not name.startswith("_")}
    assert set(nna_tf.__all__) == public - {"device"}
