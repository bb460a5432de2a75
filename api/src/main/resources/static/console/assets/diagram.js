// Draws each process of the case (bpmn-js viewer) and marks its steps: done (completed tasks) and current (open ones).
document.querySelectorAll('.diagram').forEach(function (container) {
  var viewer = new BpmnJS({ container: container });
  fetch(container.dataset.model, { credentials: 'same-origin' })
    .then(function (response) { return response.text(); })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      function mark(ids, marker) {
        (ids || '').split(' ').filter(Boolean).forEach(function (id) {
          if (registry.get(id)) { canvas.addMarker(id, marker); }
        });
      }
      mark(container.dataset.done, 'done');
      mark(container.dataset.current, 'current');
      // A whole model hardly fits a screen: show the first current step at a readable size (drag and zoom for more).
      var current = (container.dataset.current || '').split(' ').filter(Boolean).map(function (id) {
        return registry.get(id);
      }).filter(Boolean)[0];
      if (current) {
        var outer = canvas.viewbox().outer;
        var width = outer.width / 0.8, height = outer.height / 0.8;
        canvas.viewbox({ x: current.x + current.width / 2 - width / 2, y: current.y + current.height / 2 - height / 2,
          width: width, height: height });
      }
      container.dataset.rendered = 'true';
    })
    .catch(function (error) {
      container.dataset.rendered = 'failed';
      container.textContent = String(error);
    });
});
