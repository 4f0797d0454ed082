/* The public feedback map: loads points for the visible area from the GeoJSON endpoint, clustered by the
   server when zoomed out. The list below the map shows the same feedback without JavaScript. */
(function () {
  "use strict";
  var box = document.getElementById("feedback-map");
  if (!box) return;
  // "lat,lng" with a decimal point; anything else (a number localised as "62,8924") leaves the list alone.
  var center = box.getAttribute("data-center").split(",").map(Number);
  if (center.length !== 2 || !center.every(isFinite)) return;
  document.querySelectorAll(".js-only").forEach(function (node) { node.hidden = false; });
  window.feedbackLoadLeaflet(box, start);

  function start(L) {
    var map = L.map(box).setView(center, 12);
    L.tileLayer(box.getAttribute("data-tile-url"), { attribution: box.getAttribute("data-attribution"), maxZoom: 19 }).addTo(map);
    var layer = L.layerGroup().addTo(map);
    var filters = new URLSearchParams(box.getAttribute("data-query"));
    function load() {
      var bounds = map.getBounds();
      var params = new URLSearchParams({
        bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(function (n) { return n.toFixed(5); }).join(","),
        zoom: map.getZoom(),
        // The API sits outside the language prefix: without this, links and labels follow the browser's language.
        lang: document.documentElement.lang
      });
      ["category", "status"].forEach(function (name) { if (filters.get(name)) params.set(name, filters.get(name)); });
      fetch(box.getAttribute("data-geojson-url") + "?" + params).then(function (r) { return r.json(); }).then(function (data) {
        layer.clearLayers();
        (data.features || []).forEach(function (feature) {
          var c = feature.geometry.coordinates, p = feature.properties;
          var at = [c[1], c[0]];
          if (p.cluster) {
            var icon = L.divIcon({ className: "map-cluster", html: "<span>" + Number(p.count) + "</span>", iconSize: [40, 40] });
            L.marker(at, { icon: icon, keyboard: false }).on("click", function () { map.setView(at, map.getZoom() + 2); }).addTo(layer);
          } else {
            var popup = document.createElement("div");
            var link = document.createElement("a");
            link.href = p.url || "#";
            link.textContent = p.title;
            popup.appendChild(link);
            popup.appendChild(document.createElement("br"));
            popup.appendChild(document.createTextNode(p.reference + " · " + p.category + " · " + p.status_label));
            L.circleMarker(at, { radius: 8, color: p.status === "open" ? "#b34700" : "#2d6a2d" }).bindPopup(popup).addTo(layer);
          }
        });
      });
    }
    map.on("moveend", load);
    load();
  }
})();
