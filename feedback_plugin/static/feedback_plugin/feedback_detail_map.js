/* The detail page's small map of the spot. Leaflet loads only here, from the site's own static files, as on the
   form. The map shows and does not take over: no scroll-wheel or keyboard capture, no dragging, a marker that
   is not a button, so a keyboard or screen-reader user passes it by; the coordinates are in the text above. */
(function () {
  "use strict";
  var box = document.getElementById("detail-map");
  if (!box) return;
  // "lat,lng" with a decimal point; anything else (a number localised as "62,8924") leaves the page as it is.
  var point = box.getAttribute("data-point").split(",").map(Number);
  if (point.length !== 2 || !point.every(isFinite)) return;

  window.feedbackLoadLeaflet(box, start);

  function start(L) {
    box.hidden = false;
    var map = L.map(box, {
      scrollWheelZoom: false, keyboard: false, dragging: false, touchZoom: false, doubleClickZoom: false,
      boxZoom: false, zoomControl: false
    }).setView(point, 16);
    L.tileLayer(box.getAttribute("data-tile-url"), { attribution: box.getAttribute("data-attribution"), maxZoom: 19 }).addTo(map);
    L.marker(point, { interactive: false, keyboard: false, alt: box.getAttribute("data-marker-label") }).addTo(map);
  }
})();
