# target: ch09_compare
# kind: mutant
# why: 9.2a "of dtypes int64, float64 and float64": rows go through one float NumPy array, so params comes out float64
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if len(models) == 0:
        raise ValueError("models must not be empty")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    if len(x) != len(y):
        raise ValueError(f"y has {len(y)} labels but x has {len(x)} inputs")
    labels = np.asarray(y)
    names, rows = [], []
    for name, model in models.items():
        scores = model.predict(x, batch_size=batch_size, verbose=0)  # warm-up, also used for the accuracy
        accuracy = np.mean(np.argmax(scores, axis=1) == labels)
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            model.predict(x, batch_size=batch_size, verbose=0)
            times.append(time.perf_counter() - start)
        names.append(name)
        rows.append([model.count_params(), accuracy, 1000.0 * min(times) / len(x)])
    return pd.DataFrame(np.array(rows), index=pd.Index(names, name="model"),
                        columns=["params", "accuracy", "ms_per_example"])
