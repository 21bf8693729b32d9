/* The search page: Pagefind's UI over the index under the site's base path, fed by ?q=.
   The index comes in parts: the newest in the bundle, older ones merged in (data-merge). */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") {
    return;
  }
  var merged = (root.getAttribute("data-merge") || "").split(" ").filter(Boolean);
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle"),
    mergeIndex: merged.map(function (path) {
      return { bundlePath: path };
    }),
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: true
  });
  // Pagefind names its box by a title attribute only, which assistive technology may not announce.
  var box = root.querySelector(".pagefind-ui__search-input");
  if (box) {
    box.setAttribute("aria-label", "Search briefings");
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
    var header = document.getElementById("site-search");
    if (header) {
      header.value = query;
    }
  }
})();
