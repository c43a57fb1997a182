"""What every letter shares: the spec model, the language (grammar) and the
calendar arithmetic (timing). Nothing here knows any one letter."""
