// The speech page: copy a section's link (through copy.js), fold the contents on
// phones, bring the search match the reader came for into view and step from match
// to match, and show in the contents where the reader is. Everything here is
// optional: without JavaScript the § links, the contents and the marks still work.
(function () {
  "use strict";

  var status = document.getElementById("copy-status");

  function sectionUrl(anchor) {
    var url = new URL(window.location.href);
    url.search = "";
    url.hash = anchor;
    return url.href;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.copy-link");
    if (!button) {
      return;
    }
    var url = sectionUrl(button.getAttribute("data-anchor"));
    window.ArchiveCopy.copy(url, button, status, function () {
      window.prompt("复制本节链接：", url);
    });
  });

  // A long contents list would push the text a whole screen down on a phone.
  var contents = document.querySelector(".toc details");
  if (contents && window.matchMedia("(max-width: 61.99rem)").matches) {
    contents.open = false;
  }

  function hashTarget() {
    try {
      return document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    } catch (error) {
      return null; // a malformed #%zz names nothing
    }
  }

  function afterLoad(callback) {
    // The browser scrolls to the #section before the load event: act after it.
    if (document.readyState === "complete") {
      callback();
    } else {
      window.addEventListener("load", callback);
    }
  }

  // ---- stepping through search matches -------------------------------------
  // Each match's first <mark> has the class named by data-mark-class; the pieces
  // that continue it (split at a slogan link or a paragraph end) have that class
  // with "-part" and are highlighted with it. Other marks on the page are not steps.

  var markNav = document.getElementById("mark-nav");

  function matchesOf(markClass) {
    var pieces = document.querySelectorAll(
      ".speech-text mark." + markClass + ", .speech-text mark." + markClass + "-part"
    );
    var matches = [];
    Array.prototype.forEach.call(pieces, function (piece) {
      if (piece.classList.contains(markClass) || !matches.length) {
        matches.push([piece]);
      } else {
        matches[matches.length - 1].push(piece);
      }
    });
    return matches;
  }

  function overlayHeight() {
    return markNav && !markNav.hidden ? markNav.getBoundingClientRect().height + 16 : 0;
  }

  function inView(element) {
    var box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight - overlayHeight();
  }

  function sectionName(element) {
    var section = element.closest("section.section");
    var heading = section && section.querySelector(".section-head > :first-child");
    return heading ? heading.textContent.trim() : "开头部分";
  }

  function setUpMarkNav() {
    var matches = matchesOf(markNav.getAttribute("data-mark-class"));
    if (!matches.length) {
      return;
    }
    var current = -1;
    var position = markNav.querySelector(".mark-nav-current");
    var spoken = markNav.querySelector(".mark-nav-status");

    function show(index, scroll) {
      if (current >= 0) {
        matches[current].forEach(function (piece) { piece.classList.remove("is-current"); });
      }
      current = index;
      matches[current].forEach(function (piece) { piece.classList.add("is-current"); });
      position.textContent = String(current + 1);
      if (scroll && !inView(matches[current][0])) {
        matches[current][0].scrollIntoView({ block: "center" });
      }
    }

    function step(direction) {
      var next = current < 0 && direction < 0 ? matches.length - 1 : current + direction;
      var wrapped = next >= matches.length || next < 0;
      show((next + matches.length) % matches.length, true);
      spoken.textContent =
        "第 " + (current + 1) + " 处，共 " + matches.length + " 处" +
        (wrapped ? "（已从" + (direction > 0 ? "头" : "尾") + "开始）" : "") +
        "，在" + sectionName(matches[current][0]);
    }

    markNav.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-step]");
      if (button) {
        step(Number(button.getAttribute("data-step")));
      }
    });
    markNav.hidden = false;
    document.documentElement.classList.add("has-mark-nav");

    // Arriving from a search: the match the reader came for is the first one in
    // the section the link names, or the first of the page. The browser has put
    // the section's heading at the top; the match may be a screen further down.
    afterLoad(function () {
      var target = hashTarget();
      var arrival = 0;
      if (target) {
        arrival = -1;
        for (var index = 0; index < matches.length; index += 1) {
          var relation = target.compareDocumentPosition(matches[index][0]);
          if (relation & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) {
            arrival = index;
            break;
          }
        }
      }
      if (arrival >= 0) {
        var first = matches[arrival][0];
        show(arrival, false);
        if (!inView(first)) {
          first.scrollIntoView({ block: "center" });
        }
      }
    });
  }

  if (markNav) {
    setUpMarkNav();
  }

  // ---- where the reader is, in the contents ----------------------------------

  var tocList = document.querySelector(".toc");
  var sections = document.querySelectorAll(".speech-text section.section[id]");

  function setUpContentsTracking() {
    var links = {};
    Array.prototype.forEach.call(tocList.querySelectorAll("a[href^='#']"), function (link) {
      links[decodeURIComponent(link.getAttribute("href").slice(1))] = link;
    });
    var shown = null;
    var pending = false;

    // The section being read is the last one whose top has passed a line a
    // quarter down the window.
    function currentSection() {
      var line = window.innerHeight / 4;
      var low = 0;
      var high = sections.length - 1;
      var found = -1;
      while (low <= high) {
        var middle = (low + high) >> 1;
        if (sections[middle].getBoundingClientRect().top <= line) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found >= 0 ? sections[found] : null;
    }

    function keepVisible(link) {
      // Scroll the contents panel, never the page, to show the current entry.
      var panel = link.closest(".toc");
      if (panel.scrollHeight <= panel.clientHeight) {
        return;
      }
      var top = link.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      if (top < 0 || top + link.offsetHeight > panel.clientHeight) {
        panel.scrollTop += top - panel.clientHeight / 3;
      }
    }

    function update() {
      pending = false;
      var section = currentSection();
      var link = section ? links[section.id] : null;
      if (link === shown) {
        return;
      }
      if (shown) {
        shown.removeAttribute("aria-current");
      }
      shown = link || null;
      if (shown) {
        shown.setAttribute("aria-current", "location");
        keepVisible(shown);
      }
    }

    function schedule() {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(update);
      }
    }

    window.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    window.addEventListener("hashchange", schedule);
    afterLoad(schedule);
  }

  if (tocList && sections.length) {
    setUpContentsTracking();
  }
})();
