"""What the application does for the window's menus and the store's changes, one controller per job."""
