"""The application: the product's verbs (service) and what they work with (the records, the articles' upkeep,
the feed watcher, the answerer, cooldowns, the moderators' report), whichever edge asks."""
