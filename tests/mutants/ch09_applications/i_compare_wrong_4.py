# target: ch09_compare
# kind: mutant
# why: 9.2a: the table is built from a NumPy array of the rows, so params becomes float64 instead of int64
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if len(models) == 0:
        raise ValueError("models must contain at least one model")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    labels = np.asarray(y)
    if len(x) != len(labels):
        raise ValueError(f"x has {len(x)} examples but y has {len(labels)} labels")

    rows = []
    for name, model in models.items():
        scores = model.predict(x, batch_size=batch_size, verbose=0)  # warm-up, also used for the accuracy
        acc = float(np.mean(np.argmax(scores, axis=1) == labels))
        times = []
        for attempt in range(repeats):
            start = time.perf_counter()
            model.predict(x, batch_size=batch_size, verbose=0)
            times.append(time.perf_counter() - start)
        rows.append({"model": name, "params": int(model.count_params()), "accuracy": acc,
                     "ms_per_example": 1000.0 * min(times) / len(x)})
    values = np.array([[row["params"], row["accuracy"], row["ms_per_example"]] for row in rows])
    return pd.DataFrame(values, index=pd.Index([row["model"] for row in rows], name="model"),
                        columns=["params", "accuracy", "ms_per_example"])
