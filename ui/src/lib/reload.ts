// Starting the UI again from the top, after the database under it was
// replaced (a restore): every screen reads the new data. Its own module so
// that tests can replace it.

/** Reloads the window (the backend keeps running, the database is reopened). */
export function reloadApp(): void {
  window.location.reload();
}
