# target: ch09_compare
# kind: alternative
# why: column-wise build with perf_counter_ns, a timing helper and explicit dtypes on pd.Series; meets 9.2a-e
def time_predictions(model, x, batch_size, repeats):
    """Warm up once (untimed), then return (scores of the warm-up, shortest of `repeats` timed calls in seconds)."""
    scores = model.predict(x, batch_size=batch_size, verbose=0)
    best_ns = None
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        model.predict(x, batch_size=batch_size, verbose=0)
        elapsed = time.perf_counter_ns() - t0
        if best_ns is None or elapsed < best_ns:
            best_ns = elapsed
    return scores, best_ns / 1e9


def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if not models:
        raise ValueError("`models` is empty: give at least one model")
    if repeats < 1:
        raise ValueError(f"`repeats` must be a positive integer, not {repeats!r}")
    if len(y) != len(x):
        raise ValueError(f"`y` has {len(y)} labels for {len(x)} inputs in `x`")
    labels = np.asarray(y)
    names = list(models)
    params, accuracies, ms = [], [], []
    for name in names:
        model = models[name]
        scores, seconds = time_predictions(model, x, batch_size, repeats)
        params.append(model.count_params())
        accuracies.append(float((np.argmax(scores, axis=-1) == labels).mean()))
        ms.append(seconds * 1e3 / len(x))
    index = pd.Index(names, name="model")
    return pd.DataFrame({
        "params": pd.Series(params, index=index, dtype="int64"),
        "accuracy": pd.Series(accuracies, index=index, dtype="float64"),
        "ms_per_example": pd.Series(ms, index=index, dtype="float64"),
    })
