// Copy buttons of the speech page (a section's link, a citation): put a text on
// the clipboard and say so on the button and to screen readers. Where the
// clipboard is refused, the caller's fallback runs (select the text, or offer it
// in a prompt). Loaded before speech.js and research.js, which use it.
window.ArchiveCopy = (function () {
  "use strict";

  // Show a message on the button for two seconds, and in a status region.
  function announce(button, status, message) {
    if (status) {
      status.textContent = message;
    }
    var label = button.getAttribute("data-label") || button.firstChild.textContent;
    button.setAttribute("data-label", label);
    button.firstChild.textContent = message;
    window.setTimeout(function () {
      button.firstChild.textContent = label;
    }, 2000);
  }

  // Copy a text; say "已复制" on success, else run the fallback.
  function copy(text, button, status, fallback) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { announce(button, status, "已复制"); },
        fallback
      );
    } else {
      fallback();
    }
  }

  return { announce: announce, copy: copy };
})();
