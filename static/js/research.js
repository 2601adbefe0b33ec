// The speech page's citation panel: copy a citation with one click (copy.js).
// Without JavaScript (or clipboard access) the texts are there to select by hand.
(function () {
  "use strict";

  var status = document.getElementById("cite-status");

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy-citation");
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    window.ArchiveCopy.copy(source.textContent, button, status, function () {
      selectText(source);
      window.ArchiveCopy.announce(button, status, "已选中，请按 Ctrl+C");
    });
  });
})();
