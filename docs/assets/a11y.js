// The theme's search overlay has role="dialog" but no accessible name.
document.querySelectorAll('.md-search[role="dialog"]').forEach((dialog) => {
  dialog.setAttribute("aria-label", "Search");
});
