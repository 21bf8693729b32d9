/* The search page: Pagefind's UI over the index under the site's base path, fed by ?q=. */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") {
    return;
  }
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: root.getAttribute("data-bundle"),
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
