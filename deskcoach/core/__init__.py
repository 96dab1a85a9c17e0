"""The domain: plain Python rules (cycle, settings, policy, content, statistics), time passed in."""
