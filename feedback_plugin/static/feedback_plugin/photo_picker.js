/* The form's photo step: an "Add photo" button (the label of the real file input), a preview with a remove button
   per photo, and downscaling on the device. A photo whose long edge exceeds the server's edge limit, or whose file
   exceeds the byte limit, is redrawn on a canvas and re-encoded as JPEG, and the smaller file is put back into the
   file input, so a normal submit, and any other script reading the input, sends that instead of the 12 MP original.
   The server still checks and re-encodes every photo; a file the browser cannot decode is sent as chosen. */
(function () {
  "use strict";
  var form = document.getElementById("feedback-form");
  var picker = document.getElementById("photo-picker");
  if (!form || !picker || !window.DataTransfer || !window.createImageBitmap) return;
  var text = JSON.parse(document.getElementById("feedback-form-strings").textContent);
  var input = form.elements.photos;
  var previews = document.getElementById("photo-previews");
  var status = document.getElementById("photo-status");
  var send = document.getElementById("send-feedback");
  var maxPhotos = Number(form.getAttribute("data-max-photos"));
  var maxBytes = Number(form.getAttribute("data-max-photo-bytes"));
  var maxEdge = Number(form.getAttribute("data-max-photo-edge"));
  var JPEG_QUALITY = 0.85;
  var chosen = [];
  var working = 0;
  var error = document.createElement("p");
  error.className = "error";
  error.setAttribute("role", "alert");
  previews.parentNode.insertBefore(error, previews);
  picker.classList.add("photo-picker--enhanced");

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return values[key]; });
  }

  function encoded(canvas, name, lastModified) {
    return new Promise(function (resolve, reject) {
      canvas.toBlob(function (blob) {
        if (!blob) { reject(new Error("encoding failed")); return; }
        resolve(new File([blob], name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: lastModified }));
      }, "image/jpeg", JPEG_QUALITY);
    });
  }

  function shrunk(file) {
    return createImageBitmap(file).then(function (bitmap) {
      var longEdge = Math.max(bitmap.width, bitmap.height);
      if (longEdge <= maxEdge && file.size <= maxBytes) { bitmap.close(); return file; }
      var scale = Math.min(1, maxEdge / longEdge);
      var canvas = document.createElement("canvas");
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      var context = canvas.getContext("2d");
      // JPEG has no transparency: a transparent PNG gets white behind it, not black.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return encoded(canvas, file.name, file.lastModified);
    }).catch(function () { return file; });
  }

  function busy(delta) {
    working += delta;
    // The send button waits for the smaller files, so the original never leaves by a quick tap.
    send.disabled = working > 0;
    status.textContent = working > 0 ? text.preparingPhotos : "";
  }

  function sync() {
    var transfer = new DataTransfer();
    chosen.forEach(function (file) { transfer.items.add(file); });
    input.files = transfer.files;
    previews.querySelectorAll("img").forEach(function (img) { URL.revokeObjectURL(img.src); });
    previews.textContent = "";
    chosen.forEach(function (file, index) {
      var number = index + 1;
      var item = document.createElement("li");
      var img = document.createElement("img");
      img.src = URL.createObjectURL(file);
      img.alt = fill(text.photoPreview, { number: number });
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button button--secondary";
      remove.textContent = fill(text.removePhoto, { number: number });
      remove.addEventListener("click", function () {
        chosen.splice(index, 1);
        error.textContent = "";
        sync();
        input.focus();
      });
      item.appendChild(img);
      item.appendChild(remove);
      previews.appendChild(item);
    });
  }

  input.addEventListener("change", function () {
    var added = Array.prototype.filter.call(input.files, function (file) { return chosen.indexOf(file) < 0; });
    sync();
    if (!added.length) return;
    busy(1);
    Promise.all(added.map(shrunk)).then(function (files) {
      var messages = [];
      files.forEach(function (file) {
        if (file.size > maxBytes) {
          messages.push(fill(text.photoTooLarge, { name: file.name, size: Math.round(maxBytes / 1048576) }));
        } else if (chosen.length >= maxPhotos) {
          if (messages.indexOf(text.tooManyPhotos) < 0) messages.push(text.tooManyPhotos);
        } else {
          chosen.push(file);
        }
      });
      error.textContent = messages.join(" ");
      sync();
      busy(-1);
    });
  });
})();
