// Copy-URL buttons on the landing page (kept out of the HTML so the page's
// Content-Security-Policy can forbid inline scripts).
document.addEventListener("click", async (event) => {
  const button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
  if (!button) return;
  const url = button.getAttribute("data-copy");
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = "Copied";
  } catch {
    window.prompt("Copy the feed URL:", url);
  }
});
