// 督查分析: the three charts drawn with ECharts from the figures the API gives for the page's filter.
(function () {
	'use strict';

	var container = document.getElementById('analysis');
	if (!container || !window.echarts) {
		return;
	}
	var colours = { GREEN: '#198754', YELLOW: '#ffc107', RED: '#dc3545', GREY: '#6c757d' };

	function chart(id, option) {
		var element = document.getElementById(id);
		var instance = window.echarts.init(element);
		instance.setOption(option);
		window.addEventListener('resize', function () { instance.resize(); });
		element.setAttribute('data-drawn', 'true');
	}

	fetch(container.getAttribute('data-figures'), { headers: { Accept: 'application/json' } })
		.then(function (response) {
			if (!response.ok) {
				throw new Error('统计数据读取失败');
			}
			return response.json();
		})
		.then(function (figures) {
			chart('chart-lights', {
				tooltip: { trigger: 'item' },
				series: [{
					type: 'pie', radius: ['40%', '70%'],
					data: figures.lights.map(function (count) {
						return { name: count.label, value: count.tasks, itemStyle: { color: colours[count.light] } };
					})
				}]
			});
			var units = figures.units.filter(function (unit) { return unit.onTimeRate !== null; });
			chart('chart-units', {
				tooltip: { trigger: 'axis', valueFormatter: function (value) { return value + '%'; } },
				grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
				xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
				yAxis: { type: 'category', inverse: true, data: units.map(function (unit) { return unit.unit; }) },
				series: [{ type: 'bar', name: '按期办结率', itemStyle: { color: '#a61c1c' },
					data: units.map(function (unit) { return unit.onTimeRate; }) }]
			});
			chart('chart-months', {
				tooltip: { trigger: 'axis' },
				legend: { data: ['交办', '办结', '按期办结'] },
				grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
				xAxis: { type: 'category', data: figures.months.map(function (month) { return month.month; }) },
				yAxis: { type: 'value', minInterval: 1 },
				series: [
					{ name: '交办', type: 'line', data: figures.months.map(function (month) { return month.assigned; }) },
					{ name: '办结', type: 'line', data: figures.months.map(function (month) { return month.closed; }) },
					{ name: '按期办结', type: 'line', data: figures.months.map(function (month) { return month.onTime; }) }
				]
			});
		})
		.catch(function (error) {
			container.insertAdjacentHTML('afterbegin', '<div class="col-12"><div class="alert alert-warning" role="alert"></div></div>');
			container.querySelector('.alert').textContent = error.message + '，下方表格中的数字仍然有效。';
		});
}());
