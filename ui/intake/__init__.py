"""The intake form: recording an oral or written application, single or collective."""
