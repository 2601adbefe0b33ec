// The speech page: copy a section's link, fold the contents on phones, and bring the
// first highlighted match into view. Everything here is optional: without JavaScript
// the § links and the contents still work.
(function () {
  "use strict";

  var status = document.getElementById("copy-status");

  function sectionUrl(anchor) {
    var url = new URL(window.location.href);
    url.search = "";
    url.hash = anchor;
    return url.href;
  }

  function announce(button, message) {
    if (status) {
      status.textContent = message;
    }
    var original = button.getAttribute("data-label") || button.firstChild.textContent;
    button.setAttribute("data-label", original);
    button.firstChild.textContent = message;
    window.setTimeout(function () {
      button.firstChild.textContent = original;
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy-link");
    if (!button) {
      return;
    }
    var url = sectionUrl(button.getAttribute("data-anchor"));
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(
        function () { announce(button, "已复制"); },
        function () { window.prompt("复制本节链接：", url); }
      );
    } else {
      window.prompt("复制本节链接：", url);
    }
  });

  // A long contents list would push the text a whole screen down on a phone.
  var contents = document.querySelector(".toc details");
  if (contents && window.matchMedia("(max-width: 61.99rem)").matches) {
    contents.open = false;
  }

  // Arriving from a search without a section anchor: show the first match.
  if (!window.location.hash) {
    var first = document.querySelector(".speech-text mark");
    if (first) {
      first.scrollIntoView({ block: "center" });
    }
  }
})();
