// Claim page: draws the provenance graph (cytoscape) and the map (Leaflet over the offline Natural Earth basemap).
// Progressive enhancement only: the page lists the same links and places as tables without this script.
// Report text reaches the page only through textContent and canvas labels, never as markup.
(function () {
  "use strict";

  function escapeText(text) {
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } }).then(function (response) {
      if (!response.ok) { throw new Error(url + ": " + response.status); }
      return response.json();
    });
  }

  function failed(box, what) {
    box.hidden = true;
    box.setAttribute("data-failed", what);
  }

  var palette = {
    report: "#2456c7", publisher: "#6b7485", outlet: "#8a5cd0", channel: "#c0562e", person: "#1f8a5a",
    institution: "#1f6f8a", collective: "#a27a12", unknown: "#6b7485"
  };

  function drawGraph(box) {
    if (!window.cytoscape) { failed(box, "cytoscape missing"); return; }
    getJson(box.getAttribute("data-graph")).then(function (graph) {
      var elements = [];
      graph.nodes.forEach(function (node) {
        var kind = palette[node.kind] ? node.kind : "unknown";
        elements.push({
          group: "nodes",
          data: { id: node.id, label: node.label, color: palette[kind] },
          classes: [node.kind === "report" ? "report" : "actor", node.origin ? "origin" : ""].join(" ").trim()
        });
      });
      graph.edges.forEach(function (edge) {
        elements.push({
          group: "edges",
          data: { id: edge.id, source: edge.source, target: edge.target, label: edge.cue },
          classes: edge.kind
        });
      });
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        minZoom: 0.2,
        maxZoom: 1.4,
        style: [
          { selector: "node", style: {
            "background-color": "data(color)", "label": "data(label)", "color": "#1d2430", "font-size": 11,
            "text-wrap": "wrap", "text-max-width": 150, "text-valign": "bottom", "text-margin-y": 4,
            "width": 26, "height": 26, "border-width": 2, "border-color": "#ffffff" } },
          { selector: "node.report", style: { "shape": "round-rectangle", "width": 34, "height": 22 } },
          { selector: "node.origin", style: { "border-width": 5, "border-color": "#d4a20c", "font-weight": "bold" } },
          { selector: "edge", style: {
            "width": 1.6, "line-color": "#9aa5b5", "target-arrow-color": "#9aa5b5", "target-arrow-shape": "triangle",
            "curve-style": "bezier", "label": "data(label)", "font-size": 9, "color": "#4a5465",
            "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2,
            "text-rotation": "autorotate" } },
          { selector: "edge.published_by", style: { "line-style": "dashed", "line-color": "#c3c9d3", "target-arrow-color": "#c3c9d3" } },
          { selector: "edge.forwarded_from", style: { "line-color": "#c0562e", "target-arrow-color": "#c0562e" } }
        ],
        layout: { name: "breadthfirst", directed: true, spacingFactor: 1.15, padding: 24, avoidOverlap: true }
      });
      box.setAttribute("data-nodes", String(cy.nodes().length));
      box.setAttribute("data-edges", String(cy.edges().length));
      box.setAttribute("data-ready", "true");
    }).catch(function (error) { failed(box, String(error)); });
  }

  // Metres a point stands for, by what it is: the circle shows how far off the true spot may be.
  var precisionRadius = { point: 100, street: 500, park: 2000, city: 15000, region: 150000, country: 600000 };

  // Where a photo or video says it was taken (GPS in its metadata): a square, apart from the places the text names, with
  // the accuracy the file states drawn as a circle; a file that states none gets no circle, never a guessed one.
  function drawEvidence(row, lat, lon, precision, markers, bounds) {
    var metres = parseFloat(row.getAttribute("data-radius"));
    var label = document.createElement("span");
    label.textContent = row.getAttribute("data-name") + " · GPS in its metadata, precision " + precision;
    if (isFinite(metres) && metres > 0) {
      window.L.circle([lat, lon], { radius: metres, color: "#1f7a4d", weight: 1, fillOpacity: 0.1, className: "evidence-area" }).addTo(markers);
    }
    window.L.marker([lat, lon], {
      icon: window.L.divIcon({ className: "evidence-marker", iconSize: [12, 12] }), keyboard: false
    }).bindTooltip(label, { direction: "right", offset: [8, 0] }).addTo(markers);
    bounds.push(window.L.latLng(lat, lon).toBounds(isFinite(metres) && metres > 0 ? metres * 2 : 200));
  }

  function nameOnly(row) {
    var name = document.createElement("span");
    name.textContent = row.getAttribute("data-name");
    return name;
  }

  function drawMap(box) {
    if (!window.L || !window.topojson) { failed(box, "leaflet missing"); return; }
    var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-place]"));
    var map = window.L.map(box, { zoomSnap: 0.5, worldCopyJump: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Basemap: Natural Earth");
    var tiles = box.getAttribute("data-tiles");
    if (tiles) {
      window.L.tileLayer(tiles, { attribution: escapeText(box.getAttribute("data-tiles-attribution") || new URL(tiles.replace(/[{}]/g, "")).host), maxZoom: 18 }).addTo(map);
    }

    var bounds = [];
    var markers = window.L.featureGroup();
    rows.forEach(function (row) {
      var lat = parseFloat(row.getAttribute("data-lat"));
      var lon = parseFloat(row.getAttribute("data-lon"));
      if (!isFinite(lat) || !isFinite(lon)) { return; }
      var precision = row.getAttribute("data-precision");
      if (row.getAttribute("data-evidence") === "true") {
        drawEvidence(row, lat, lon, precision, markers, bounds);
        return;
      }
      var radius = precisionRadius[precision] || 1000;
      var pending = row.getAttribute("data-pending") === "true";
      var label = document.createElement("span");
      label.textContent = pending
        ? row.getAttribute("data-name") + " · awaiting geolocation, somewhere in " + (row.getAttribute("data-within") || "this area")
        : row.getAttribute("data-name") + " · " + precision + " (±" + (radius >= 1000 ? radius / 1000 + " km" : radius + " m") + ")";
      // A pending place is drawn as the dashed area it lies somewhere in, never as a point of its own.
      window.L.circle([lat, lon], {
        radius: radius, color: pending ? "#b7791f" : "#2456c7", weight: pending ? 1.5 : 1, dashArray: pending ? "5 5" : null,
        fillOpacity: pending ? 0.05 : 0.12, className: pending ? "pending-area" : "precision-area"
      }).addTo(markers);
      // The dot keeps a place visible at any zoom; a few places carry their names, more only on hover.
      window.L.circleMarker([lat, lon], {
        radius: pending ? 7 : 6, color: pending ? "#b7791f" : "#ffffff", weight: 2, dashArray: pending ? "3 3" : null,
        fillColor: pending ? "#ffffff" : "#2456c7", fillOpacity: pending ? 0.4 : 1, className: pending ? "pending-marker" : "place-marker"
      }).bindTooltip(rows.length <= 6 ? nameOnly(row) : label.cloneNode(true), { permanent: rows.length <= 6, direction: "right", offset: [8, 0] })
        .addTo(markers);
      bounds.push(window.L.latLng(lat, lon).toBounds(radius * 2));
    });
    // Layers join the map only once it has a view, so the view comes from the places themselves.
    if (bounds.length > 0) {
      var all = window.L.latLngBounds(bounds[0].getSouthWest(), bounds[0].getNorthEast());
      bounds.forEach(function (b) { all.extend(b); });
      // Without tiles the basemap shows only borders and coasts: closer than a region shows nothing more.
      map.fitBounds(all, { padding: [24, 24], maxZoom: tiles ? 14 : 4 });
    } else {
      map.setView([20, 0], 1);
    }
    markers.addTo(map);
    box.setAttribute("data-markers", String(document.querySelectorAll(".place-marker, .pending-marker, .evidence-marker").length));

    if (!tiles) {
      getJson(box.getAttribute("data-basemap")).then(function (topology) {
        window.L.geoJSON(window.topojson.feature(topology, topology.objects.countries), {
          interactive: false,
          className: "basemap",
          style: { color: "#a9b4c2", weight: 0.8, fillColor: "#f4f1e8", fillOpacity: 1 }
        }).addTo(map).bringToBack();
        box.setAttribute("data-basemap-ready", "true");
      }).catch(function (error) { box.setAttribute("data-failed", String(error)); });
    }
  }

  document.querySelectorAll("[data-graph]").forEach(drawGraph);
  document.querySelectorAll("[data-map]").forEach(drawMap);
})();
