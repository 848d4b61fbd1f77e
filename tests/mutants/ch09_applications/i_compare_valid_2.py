# target: ch09_compare
# kind: alternative
# why: helper functions, columns collected in dict of lists, explicit pd.Index named "model", timings via a list comprehension, debug print with type()
def time_predict(model, x, batch_size):
    """Wall seconds of one predict call."""
    t0 = time.perf_counter()
    model.predict(x, batch_size=batch_size, verbose=0)
    return time.perf_counter() - t0


def top1_accuracy(scores, labels):
    return float((scores.argmax(axis=-1) == labels).mean())


def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    if not models:
        raise ValueError("models is empty: nothing to compare")
    if int(repeats) < 1:
        raise ValueError("repeats must be a positive integer")
    y = np.array(y)
    if y.shape[0] != len(x):
        raise ValueError("x and y differ in length")
    print("comparing", len(models), "models on", type(x), getattr(x, "shape", None))

    columns = {"params": [], "accuracy": [], "ms_per_example": []}
    for model in models.values():
        warm_scores = model.predict(x, batch_size=batch_size, verbose=0)
        best = min([time_predict(model, x, batch_size) for attempt in range(repeats)])
        columns["params"].append(model.count_params())
        columns["accuracy"].append(top1_accuracy(np.asarray(warm_scores), y))
        columns["ms_per_example"].append(best * 1e3 / len(x))
    index = pd.Index(list(models.keys()), name="model")
    return pd.DataFrame({"params": np.array(columns["params"], dtype=np.int64),
                         "accuracy": np.array(columns["accuracy"], dtype=np.float64),
                         "ms_per_example": np.array(columns["ms_per_example"], dtype=np.float64)}, index=index)
