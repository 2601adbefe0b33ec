// The speech page's citation panel: copy a citation with one click. Without
// JavaScript (or clipboard access) the texts are there to select by hand.
(function () {
  "use strict";

  var status = document.getElementById("cite-status");

  function done(button, message) {
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
    var text = source.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { done(button, "已复制"); },
        function () { selectText(source); done(button, "已选中，请按 Ctrl+C"); }
      );
    } else {
      selectText(source);
      done(button, "已选中，请按 Ctrl+C");
    }
  });
})();
