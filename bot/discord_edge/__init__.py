"""The Discord edge: the client and its extensions (answers, moderation, feed proposals), their buttons and
threads, adapting Discord's commands and components to the application's verbs."""
