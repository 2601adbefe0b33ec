// The slogan list narrows as one types: the same GET form, fetched and swapped in.
// Without JavaScript the form is submitted as it is.
(function () {
  "use strict";
  var form = document.getElementById("slogan-filter");
  var input = document.getElementById("s-q");
  var results = document.getElementById("slogan-results");
  if (!form || !input || !results || !window.fetch) return;
  var timer = null;
  var latest = 0;

  function refresh() {
    var params = new URLSearchParams(new FormData(form));
    params.delete("page");
    var url = form.action + "?" + params.toString();
    var ticket = ++latest;
    fetch(url, { headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null || ticket !== latest) return;
        var page = new DOMParser().parseFromString(html, "text/html");
        var fresh = page.getElementById("slogan-results");
        if (!fresh) return;
        results.innerHTML = fresh.innerHTML;
        window.history.replaceState(null, "", url);
      })
      .catch(function () { /* the form still works by submitting */ });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 200);
  });
})();
