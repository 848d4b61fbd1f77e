# target: ch09_compare
# kind: alternative
# why: fills a pre-allocated DataFrame row by row with .loc, counts correct predictions in a Python loop, times with time.monotonic, uses a running minimum
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    names = list(models)
    if len(names) < 1:
        raise ValueError("compare_models needs a non-empty dict of models")
    if not repeats >= 1:
        raise ValueError("repeats < 1: need at least one timed call")
    y_list = [int(label) for label in y]
    n = len(x)
    if n != len(y_list):
        raise ValueError(f"len(x) = {n} but len(y) = {len(y_list)}")

    params, accuracies, milliseconds = [], [], []
    for name in names:
        model = models[name]
        predictions = np.argmax(model.predict(x, batch_size=batch_size, verbose=0), axis=1)
        correct = 0
        for predicted, label in zip(predictions, y_list):
            if predicted == label:
                correct += 1
        fastest = float("inf")
        for attempt in range(repeats):
            start = time.monotonic()
            model.predict(x, batch_size=batch_size, verbose=0)
            fastest = min(fastest, time.monotonic() - start)
        params.append(model.count_params())
        accuracies.append(correct / n)
        milliseconds.append(fastest / n * 1000)

    table = pd.DataFrame(index=pd.Index(names, name="model"))
    table["params"] = pd.Series(params, index=table.index, dtype="int64")
    table["accuracy"] = pd.Series(accuracies, index=table.index, dtype="float64")
    table["ms_per_example"] = pd.Series(milliseconds, index=table.index, dtype="float64")
    return table
