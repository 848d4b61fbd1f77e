# target: ch09_compare
# kind: alternative
# why: builds the columns as lists, times with time.time and a list of durations, checks arguments with prints
def compare_models(models, x, y, batch_size=256, repeats=3):
    """One row per model: parameter count, accuracy and inference milliseconds per example."""
    print("comparing", len(models), "models on", type(x).__name__, "inputs")
    if len(models) == 0:
        raise ValueError("models is empty")
    if repeats < 1:
        raise ValueError("repeats must be at least 1")
    y = np.array(y)
    if y.shape[0] != x.shape[0]:
        raise ValueError("x and y must have the same length")
    names, params, accs, times = [], [], [], []
    for name in models:
        model = models[name]
        predicted = model.predict(x, batch_size=batch_size, verbose=0).argmax(axis=-1)
        durations = []
        for repeat in range(repeats):
            t0 = time.time()
            model.predict(x, batch_size=batch_size, verbose=0)
            durations.append(time.time() - t0)
        names.append(name)
        params.append(np.int64(model.count_params()))
        accs.append(np.float64((predicted == y).sum() / len(y)))
        times.append(min(durations) / x.shape[0] * 1e3)
    frame = pd.DataFrame({"params": np.array(params, dtype=np.int64), "accuracy": np.array(accs, dtype=np.float64),
                          "ms_per_example": np.array(times, dtype=np.float64)}, index=pd.Index(names, name="model"))
    return frame
