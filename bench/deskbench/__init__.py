"""The DeskCoach performance benchmark (run it with `bench/run`)."""
