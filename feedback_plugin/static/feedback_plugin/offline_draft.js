/* Unsent feedback kept on the device. Sending form#feedback-form without a connection keeps what the resident wrote
   and attached (photos as Blobs) in IndexedDB; when the connection returns, or when the form is opened again, a
   banner offers to send it or discard it. Nothing is sent until the resident presses a button. The draft keeps the
   form's idempotency key, so however often it is sent, the city stores it once. */
(function () {
  "use strict";
  var form = document.getElementById("feedback-form");
  var configElement = document.getElementById("offline-draft-config");
  if (!form || !configElement || !window.indexedDB || !window.fetch || !window.DataTransfer) return;
  var config = JSON.parse(configElement.textContent);
  var text = config.strings;
  // The page's own tokens: a draft is sent with those of the page that sends it (the CSRF token of today's cookie),
  // or with its own start token while that is still valid, which keeps the time the resident spent writing.
  var CSRF = "csrfmiddlewaretoken";
  var STARTED = "started";
  var KEY = "idempotency_key";
  // A minute's margin for sending: a start token that expires on the way is refused.
  var startTokenLifetime = (config.formMaxAgeSeconds - 60) * 1000;
  var draftName = form.action.split("#")[0];
  var sending = false;

  function el(tag, attributes, content) {
    var element = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) { element.setAttribute(name, attributes[name]); });
    if (content) element.textContent = content;
    return element;
  }

  var status = el("p", { role: "status", "class": "offline-draft-status" });
  var banner = el("section", { "class": "notice offline-draft", "aria-labelledby": "offline-draft-heading" });
  var sendButton = el("button", { type: "button", "class": "button" }, text.send);
  var discardButton = el("button", { type: "button", "class": "button button--secondary" }, text.discard);
  var actions = el("p", {});
  actions.append(sendButton, " ", discardButton);
  banner.append(el("h2", { id: "offline-draft-heading" }, text.heading), el("p", {}, text.waiting), actions);
  banner.hidden = true;
  form.parentNode.insertBefore(status, form);
  form.parentNode.insertBefore(banner, form);

  function drafts(mode, work) {
    return new Promise(function (resolve, reject) {
      var opening = indexedDB.open("feedback-drafts", 1);
      opening.onupgradeneeded = function () { opening.result.createObjectStore("drafts"); };
      opening.onerror = function () { reject(opening.error); };
      opening.onsuccess = function () {
        var database = opening.result;
        var transaction = database.transaction("drafts", mode);
        var request = work(transaction.objectStore("drafts"));
        transaction.oncomplete = function () { database.close(); resolve(request.result); };
        transaction.onabort = function () { database.close(); reject(transaction.error); };
      };
    });
  }

  function storedDraft() { return drafts("readonly", function (store) { return store.get(draftName); }); }
  function keepDraft(draft) { return drafts("readwrite", function (store) { return store.put(draft, draftName); }); }
  function dropDraft() { return drafts("readwrite", function (store) { return store.delete(draftName); }); }

  // A file input with nothing chosen gives FormData an empty File with no name: nothing to keep or send. Chromium's
  // page crashed when such a File was put into a file input of the form that is sent the ordinary way.
  function entries(data, each) {
    data.forEach(function (value, name) {
      if (typeof value === "string" || value.name || value.size) each(value, name);
    });
  }

  function draftOf(data) {
    var fields = [];
    entries(data, function (value, name) {
      if (name === CSRF || name === STARTED) return;
      fields.push(typeof value === "string" ? { name: name, value: value }
        : { name: name, blob: value.slice(0, value.size, value.type), filename: value.name, type: value.type });
    });
    return { fields: fields, started: data.get(STARTED), openedAt: performance.timeOrigin, key: data.get(KEY) };
  }

  function bodyOf(draft) {
    var page = new FormData(form);
    var data = new FormData();
    data.append(CSRF, page.get(CSRF));
    data.append(STARTED, Date.now() - draft.openedAt < startTokenLifetime ? draft.started : page.get(STARTED));
    draft.fields.forEach(function (field) {
      data.append(field.name, field.blob ? new File([field.blob], field.filename, { type: field.type }) : field.value);
    });
    return data;
  }

  // The server's refusal (a field to fix, a limit reached) is its own page: the same data is sent the ordinary way
  // from a hidden form, so the page that says why replaces this one.
  function submitNormally(data) {
    var carrier = el("form", { method: "post", enctype: "multipart/form-data", action: form.action });
    var files = {};
    entries(data, function (value, name) {
      if (typeof value === "string") {
        carrier.appendChild(el("input", { type: "hidden", name: name })).value = value;
      } else {
        (files[name] = files[name] || new DataTransfer()).items.add(value);
      }
    });
    Object.keys(files).forEach(function (name) {
      carrier.appendChild(el("input", { type: "file", name: name, multiple: "" })).files = files[name].files;
    });
    carrier.hidden = true;
    document.body.appendChild(carrier);
    carrier.submit();
  }

  function forgetSent(key) {
    return storedDraft().then(function (draft) { return draft && draft.key === key ? dropDraft() : null; });
  }

  // Resolves once the page is on its way elsewhere; rejects when the request never reached the server.
  function deliver(data, draft) {
    sending = true;
    return fetch(form.action, { method: "POST", body: data, credentials: "same-origin" }).then(function (response) {
      if (response.redirected && response.ok) {
        return forgetSent(data.get(KEY)).then(function () { window.location.assign(response.url); });
      }
      return (draft ? dropDraft() : Promise.resolve()).then(function () { submitNormally(data); });
    }, function (error) {
      sending = false;
      throw error;
    });
  }

  function saveOffline(data) {
    return keepDraft(draftOf(data)).then(function () { status.textContent = text.saved; });
  }

  form.addEventListener("submit", function (event) {
    // Buttons that send the form elsewhere ("this is my issue too") keep their ordinary behaviour.
    if (event.defaultPrevented || (event.submitter && event.submitter.hasAttribute("formaction"))) return;
    event.preventDefault();
    if (sending) return;
    var data = new FormData(form);
    if (!navigator.onLine) {
      saveOffline(data);
      return;
    }
    deliver(data, null).catch(function () { return saveOffline(data); });
  });

  function offerDraft(message) {
    return storedDraft().then(function (draft) {
      if (!draft) return;
      banner.hidden = false;
      if (message) status.textContent = message;
    });
  }

  sendButton.addEventListener("click", function () {
    if (sending) return;
    sendButton.disabled = discardButton.disabled = true;
    status.textContent = text.sending;
    storedDraft().then(function (draft) {
      if (!draft) {
        banner.hidden = true;
        return null;
      }
      return deliver(bodyOf(draft), draft);
    }).catch(function () {
      sendButton.disabled = discardButton.disabled = false;
      status.textContent = text.stillOffline;
    });
  });

  discardButton.addEventListener("click", function () {
    dropDraft().then(function () {
      banner.hidden = true;
      status.textContent = text.discarded;
    });
  });

  window.addEventListener("online", function () { offerDraft(text.back); });
  offerDraft(null);
})();
