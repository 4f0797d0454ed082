/* Registers the site's service worker (its address is the script tag's data-service-worker), then names the static
   files this page was drawn with, so that it keeps them for reading the site offline. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!("serviceWorker" in navigator) || !script) return;
  var address = script.getAttribute("data-service-worker");
  navigator.serviceWorker.register(address, { scope: "/" }).catch(function () {
    /* Without a worker (a private window that refuses one) the site works as before, only not offline. */
  });
  navigator.serviceWorker.ready.then(function (registration) {
    var files = Array.prototype.map.call(document.querySelectorAll("link[rel=stylesheet][href], script[src]"),
      function (element) { return element.href || element.src; });
    registration.active.postMessage({ staticFiles: files });
  });
})();
