(function () {
  var errors = document.getElementById('script-errors');
  window.addEventListener('error', function (e) { errors.textContent += 'Script error: ' + e.message + '\n'; });
  if (typeof Chart === 'undefined') { errors.textContent += 'Chart.js did not load: the charts cannot be drawn.\n'; return; }
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
  Chart.defaults.color = '#0b0c0c';
  var data = JSON.parse(document.getElementById('chart-data').textContent);
  data.charts.forEach(function (c) {
    var canvas = document.getElementById(c.id);
    try {
      var pie = c.type === 'doughnut';
      new Chart(canvas, {
        type: c.type,
        data: { labels: c.labels, datasets: c.datasets },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          indexAxis: c.horizontal ? 'y' : 'x',
          plugins: { legend: { display: pie || c.datasets.length > 1, position: pie ? 'right' : 'top' } },
          scales: pie ? {} : {
            x: { stacked: c.stacked, beginAtZero: true, ticks: { precision: 0 } },
            y: { stacked: c.stacked, beginAtZero: true, ticks: { precision: 0 } }
          }
        }
      });
      canvas.setAttribute('data-rendered', 'true');
    } catch (e) {
      errors.textContent += 'Chart ' + c.id + ' failed: ' + e.message + '\n';
    }
  });
})();
