// The speech page: mark in the text each passage the reuse panel lists, and put a
// link "也见于 N 篇" at its start. The panel (#reuse) says where each passage begins
// and ends (its first and last characters, whitespace removed); the text is found
// again in the rendered page and marked with the CSS Custom Highlight API, so the
// page's own markup (slogan links, search marks) is left as it is. Without
// JavaScript or the API, the panel's list is still there.
(function () {
  "use strict";

  var text = document.querySelector(".speech-text");
  var passages = document.querySelectorAll("#reuse .reused-passage[data-head]");
  if (!text || !passages.length) {
    return;
  }
  var SKIP = ".section-tools, .visually-hidden, .reuse-badge";

  // The text's characters without whitespace, and where each one is in the DOM.
  var flat = [];
  var nodes = [];
  var offsets = [];
  var walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
    acceptNode: function (node) {
      return node.parentElement.closest(SKIP)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT;
    }
  });
  var sectionStarts = {};
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var section = node.parentElement.closest("section[id]");
    if (section && !(section.id in sectionStarts)) {
      sectionStarts[section.id] = flat.length;
    }
    var value = node.nodeValue;
    for (var i = 0; i < value.length; i++) {
      if (!/\s/.test(value[i])) {
        flat.push(value[i]);
        nodes.push(node);
        offsets.push(i);
      }
    }
  }
  var joined = flat.join("");

  var found = [];
  var from = 0;
  passages.forEach(function (item) {
    var head = item.getAttribute("data-head");
    var tail = item.getAttribute("data-tail");
    var start = item.getAttribute("data-section");
    var searchFrom = start && start in sectionStarts ? sectionStarts[start] : from;
    var at = joined.indexOf(head, searchFrom);
    if (at === -1) {
      at = joined.indexOf(head);
    }
    if (at === -1) {
      return;
    }
    var end = joined.indexOf(tail, at + head.length);
    if (end === -1) {
      return;
    }
    end += tail.length - 1;
    var range = document.createRange();
    range.setStart(nodes[at], offsets[at]);
    range.setEnd(nodes[end], offsets[end] + 1);
    found.push({ item: item, range: range });
    from = end;
  });

  if (window.CSS && CSS.highlights && window.Highlight) {
    var highlight = new Highlight();
    found.forEach(function (entry) { highlight.add(entry.range); });
    CSS.highlights.set("reused", highlight);
  }

  // Links last (inserting them splits text nodes), from the end backwards.
  found.reverse().forEach(function (entry) {
    var badge = document.createElement("a");
    badge.className = "reuse-badge";
    badge.href = "#" + entry.item.id;
    badge.textContent = "也见于 " + entry.item.getAttribute("data-count") + " 篇";
    var startNode = entry.range.startContainer;
    var link = startNode.parentElement.closest("a");
    if (link) {
      link.parentNode.insertBefore(badge, link);
    } else {
      var position = document.createRange();
      position.setStart(startNode, entry.range.startOffset);
      position.insertNode(badge);
    }
  });
  document.documentElement.setAttribute("data-reuse-marked", String(found.length));
})();
