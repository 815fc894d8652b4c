"""The Discord edge of the article bot: client, cog, views, rendering and the command line."""
