# target: ch09_compare
# kind: mutant
# why: times predict with Keras's default batch size instead of batch_size
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if not models:
        raise ValueError(f"Expected at least one model in models. Received: models={models!r}")
    if repeats < 1:
        raise ValueError(f"Expected repeats >= 1. Received: repeats={repeats!r}")
    labels = np.asarray(y)
    if len(x) != len(labels):
        raise ValueError(f"Expected one label in y per input. Received: len(x)={len(x)}, len(y)={len(labels)}")
    rows = []
    for name, model in models.items():
        scores = model.predict(x, batch_size=batch_size, verbose=0)  # warm-up: traces the graph
        best = np.inf
        for _ in range(repeats):
            start = time.perf_counter()
            model.predict(x, verbose=0)
            best = min(best, time.perf_counter() - start)
        rows.append({"model": name, "params": model.count_params(),
                     "accuracy": float(np.mean(np.argmax(scores, axis=1) == labels)),
                     "ms_per_example": 1000.0 * best / len(x)})
    table = pd.DataFrame(rows).set_index("model")
    return table.astype({"params": "int64", "accuracy": "float64", "ms_per_example": "float64"})
