/* The feedback form's enhancements: map picker, "use my location", extra questions for the chosen topic, category
   help and duplicate hints (the topic filter and the photos have their own scripts). The form works without any of
   this. */
(function () {
  "use strict";
  var form = document.getElementById("feedback-form");
  if (!form) return;
  var text = JSON.parse(document.getElementById("feedback-form-strings").textContent);
  var fields = form.elements;
  var statusLine = document.getElementById("location-status");
  var help = document.getElementById("category-help");
  var hints = document.getElementById("duplicate-hints");
  var mapBox = document.getElementById("location-map");
  var map = null, marker = null;
  var opened = [];
  try { opened = JSON.parse(fields.opened_help.value || "[]"); } catch (e) { opened = []; }

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }
  function el(tag, attrs, content) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (content) node.textContent = content;
    return node;
  }
  document.querySelectorAll(".js-only").forEach(function (node) { node.hidden = false; });
  document.querySelectorAll(".no-js-only").forEach(function (node) { node.hidden = true; });

  function category() {
    var checked = form.querySelector('input[name="category"]:checked');
    return checked ? checked.value : "";
  }
  function query() {
    var params = new URLSearchParams({ category: category() });
    if (fields.latitude.value && fields.longitude.value) {
      params.set("lat", fields.latitude.value);
      params.set("lng", fields.longitude.value);
    }
    return params.toString();
  }

  function showQuestions() {
    form.querySelectorAll(".extra-questions").forEach(function (set) {
      var chosen = set.getAttribute("data-category") === category();
      set.hidden = !chosen;
      set.disabled = !chosen;
    });
  }

  function refreshHelp() {
    if (!category()) return;
    fetch(help.getAttribute("data-help-url") + "?" + query()).then(function (response) {
      return response.ok ? response.text() : "";
    }).then(function (html) { help.innerHTML = html; });
  }
  help.addEventListener("toggle", function (event) {
    var id = event.target.getAttribute && event.target.getAttribute("data-help-id");
    if (id && event.target.open && opened.indexOf(id) < 0) {
      opened.push(id);
      fields.opened_help.value = JSON.stringify(opened);
    }
  }, true);

  function refreshHints() {
    if (!category() || !fields.latitude.value) { hints.hidden = true; return; }
    fetch(hints.getAttribute("data-hints-url") + "?" + query()).then(function (response) {
      return response.ok ? response.json() : { items: [] };
    }).then(showHints);
  }
  function showHints(data) {
    hints.textContent = "";
    hints.hidden = !data.items.length;
    if (!data.items.length) return;
    hints.appendChild(el("h3", {}, text.hintsHeading));
    hints.appendChild(el("p", {}, text.hintsText));
    var list = el("ul", { "class": "hint-list" });
    data.items.forEach(function (item) {
      var row = el("li", { "class": "hint" });
      var link = el("a", { href: item.url || "#" }, item.title);
      row.appendChild(link);
      row.appendChild(el("p", { "class": "meta" },
        item.reference + " · " + item.status_label + " · " + fill(text.metres, { distance: item.distance_m })));
      var button = el("button", {
        type: "submit", "class": "button button--secondary", formnovalidate: "", formmethod: "post",
        formaction: hints.getAttribute("data-support-url").replace("REFERENCE", item.reference)
      }, text.support);
      row.appendChild(button);
      list.appendChild(row);
    });
    hints.appendChild(list);
    var field = el("div", { "class": "field" });
    field.appendChild(el("label", { "for": "support-email" }, text.followEmail));
    field.appendChild(el("input", { type: "email", id: "support-email", name: "support_email", autocomplete: "email" }));
    hints.appendChild(field);
  }

  function setPoint(lat, lng, message) {
    fields.latitude.value = lat.toFixed(6);
    fields.longitude.value = lng.toFixed(6);
    statusLine.textContent = message;
    if (map) placeMarker();
    refreshHints();
    refreshHelp();
  }

  document.getElementById("use-location").addEventListener("click", function () {
    if (!navigator.geolocation) { statusLine.textContent = text.locationFailed; return; }
    statusLine.textContent = text.locating;
    navigator.geolocation.getCurrentPosition(function (position) {
      setPoint(position.coords.latitude, position.coords.longitude, text.located);
    }, function () { statusLine.textContent = text.locationFailed; }, { enableHighAccuracy: true, timeout: 15000 });
  });

  function placeMarker() {
    var point = [parseFloat(fields.latitude.value), parseFloat(fields.longitude.value)];
    if (isNaN(point[0])) return;
    if (marker) marker.setLatLng(point); else marker = window.L.marker(point, { keyboard: false }).addTo(map);
    map.panTo(point);
  }
  var mapButton = document.getElementById("show-map");
  // "lat,lng" with a decimal point; without a centre that reads as one point the map is not offered.
  var center = mapBox.getAttribute("data-center").split(",").map(Number);
  mapButton.hidden = center.length !== 2 || !center.every(isFinite);
  mapButton.addEventListener("click", function () {
    var show = mapBox.hidden;
    mapBox.hidden = !show;
    mapButton.setAttribute("aria-expanded", String(show));
    if (!show || map) return;
    window.feedbackLoadLeaflet(mapBox, function (L) {
      map = L.map(mapBox).setView(center, 13);
      L.tileLayer(mapBox.getAttribute("data-tile-url"), {
        attribution: mapBox.getAttribute("data-attribution"), maxZoom: 19
      }).addTo(map);
      map.on("click", function (event) { setPoint(event.latlng.lat, event.latlng.lng, text.picked); });
      placeMarker();
    });
  });

  form.addEventListener("change", function (event) {
    if (event.target.name === "category") { showQuestions(); refreshHelp(); refreshHints(); }
  });
  showQuestions();
  if (fields.latitude.value) refreshHints();
})();
