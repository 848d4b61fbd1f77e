# target: ch09_compare
# kind: alternative
# why: records + set_index, timeit-style list comprehension with min(); warm-up result reused for the accuracy; meets 9.2a-e
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    problems = [
        (len(models) == 0, "models: the dict of models is empty"),
        (repeats < 1, f"repeats: need at least one timed call, got {repeats}"),
        (len(x) != len(y), f"y: {len(y)} labels do not match the {len(x)} inputs"),
    ]
    for failed, message in problems:
        if failed:
            raise ValueError(message)

    labels = np.array(y, copy=True)
    n = len(x)

    def one_call(model):
        start = time.perf_counter()
        model.predict(x, batch_size=batch_size, verbose=0)
        return time.perf_counter() - start

    records = []
    for name, model in models.items():
        warm = model.predict(x, batch_size=batch_size, verbose=0)
        best = min([one_call(model) for _ in range(repeats)])
        records.append({
            "model": name,
            "params": np.int64(model.count_params()),
            "accuracy": np.float64(np.sum(warm.argmax(axis=1) == labels) / n),
            "ms_per_example": np.float64(best * 1000.0 / n),
        })
    table = pd.DataFrame.from_records(records, columns=["model", "params", "accuracy", "ms_per_example"])
    return table.set_index("model").astype({"params": "int64", "accuracy": "float64", "ms_per_example": "float64"})
