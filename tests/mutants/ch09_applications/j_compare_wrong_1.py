# target: ch09_compare
# kind: mutant
# why: 9.2d "Those timed calls follow one untimed call of the same kind (the warm-up)": no warm-up, the first (tracing) call is among the timed ones
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if len(models) == 0:
        raise ValueError("models must not be empty")
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    if len(x) != len(y):
        raise ValueError(f"y has {len(y)} labels but x has {len(x)} inputs")
    labels = np.asarray(y)
    rows = {}
    for name, model in models.items():
        times = []
        for _ in range(repeats):
            start = time.perf_counter()
            scores = model.predict(x, batch_size=batch_size, verbose=0)
            times.append(time.perf_counter() - start)
        accuracy = float(np.mean(np.argmax(scores, axis=1) == labels))
        rows[name] = {"params": int(model.count_params()), "accuracy": accuracy,
                      "ms_per_example": 1000.0 * min(times) / len(x)}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table = table.astype({"params": "int64", "accuracy": "float64", "ms_per_example": "float64"})
    table.index.name = "model"
    return table
