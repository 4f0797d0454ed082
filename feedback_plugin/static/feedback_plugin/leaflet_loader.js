/* Leaflet for the plugin's maps (the form, the list and the detail page), from the site's own static files named
   by the map box (data-leaflet-css, data-leaflet-js), fetched only when a map is shown and only once a page. The
   callback runs when both have loaded: Leaflet reads the marker's icon path from its stylesheet. */
window.feedbackLoadLeaflet = function (box, ready) {
  "use strict";
  if (window.L) { ready(window.L); return; }
  var waiting = 2;
  function loaded() { waiting -= 1; if (!waiting) ready(window.L); }
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = box.getAttribute("data-leaflet-css");
  css.onload = loaded;
  document.head.appendChild(css);
  var script = document.createElement("script");
  script.src = box.getAttribute("data-leaflet-js");
  script.onload = loaded;
  document.head.appendChild(script);
};
