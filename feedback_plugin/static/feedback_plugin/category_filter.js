/* Search-as-you-type over the feedback form's topics: the radio cards whose name, description or service area
   contains what the resident types stay, ignoring case and accents; a service area with none left hides, and a
   status line says how many remain. Without JavaScript the filter stays hidden and every topic is listed.

   Hook for a category-suggestion feature: it may fill the empty #category-suggestions element (and unhide it) with
   its own buttons, and choose a topic for the resident by dispatching on the form
       form.dispatchEvent(new CustomEvent("feedback:choose-category", { detail: { code: "street-lighting" } }));
   The topic's radio button is then checked and a bubbling "change" event fires, so the extra questions, the help and
   the duplicate hints follow as when the resident taps it. */
(function () {
  "use strict";
  var form = document.getElementById("feedback-form");
  var input = document.getElementById("category-filter");
  if (!form || !input) return;
  var text = JSON.parse(document.getElementById("feedback-form-strings").textContent);
  var status = document.getElementById("category-filter-status");
  var groups = Array.prototype.slice.call(form.querySelectorAll(".category-group"));
  var language = document.documentElement.lang;

  function folded(value) {
    return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLocaleLowerCase(language).trim();
  }
  // A topic is also found by its service area's name: "katu" keeps every street topic, not only those naming it.
  var cards = groups.map(function (group) {
    var area = group.querySelector(".area-heading").textContent;
    return Array.prototype.map.call(group.querySelectorAll(".choice-card"), function (card) {
      var description = card.querySelector(".help");
      var words = [area, card.querySelector("label").textContent, description ? description.textContent : ""].join(" ");
      return { card: card, words: folded(words) };
    });
  });

  function announce(count) {
    if (count === 0) return text.filterNone;
    return (count === 1 ? text.filterOne : text.filterMany).replace("%(count)s", String(count));
  }

  function applyFilter() {
    var wanted = folded(input.value);
    var shown = 0;
    groups.forEach(function (group, index) {
      var inGroup = 0;
      cards[index].forEach(function (entry) {
        var match = entry.words.indexOf(wanted) >= 0;
        entry.card.hidden = !match;
        if (match) inGroup += 1;
      });
      group.hidden = inGroup === 0;
      shown += inGroup;
    });
    status.textContent = wanted ? announce(shown) : "";
  }

  input.addEventListener("input", applyFilter);
  // Enter in the search box would send the whole form.
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter") event.preventDefault();
  });

  form.addEventListener("feedback:choose-category", function (event) {
    var radio = form.querySelector('input[name="category"][value="' + CSS.escape(event.detail.code) + '"]');
    if (!radio) return;
    input.value = "";
    applyFilter();
    radio.checked = true;
    radio.dispatchEvent(new Event("change", { bubbles: true }));
  });
})();
