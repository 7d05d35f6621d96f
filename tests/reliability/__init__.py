"""The reliability campaign (`make reliability`): crash, concurrency and hostile-input harnesses."""
