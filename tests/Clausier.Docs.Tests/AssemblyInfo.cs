// The documented commands run in-process with the working folder set to a temporary folder, as a user
// would run them from their own folder; the current directory is process-wide, so tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
