// 正文 edited paragraph by paragraph. <textarea data-structured-body> becomes a list of paragraphs, each with its
// level (正文, or a heading 一、 （一） 1. （1）) and its text. The headings are numbered here, in sequence, so that a
// heading is never out of order or skipped; the textarea keeps the text the server reads, one paragraph a line,
// with the ordinals written out. Without this script the textarea is edited as it is.
(function () {
	'use strict';

	var LEVELS = ['正文', '一级标题 一、', '二级标题 （一）', '三级标题 1.', '四级标题 （1）'];
	var ORDINALS = [null, /^([一二三四五六七八九十]+)、/, /^（([一二三四五六七八九十]+)）/, /^(\d+)[.．](?!\d)/, /^（(\d+)）/];
	var DIGITS = '〇一二三四五六七八九';

	function chinese(number) {
		if (number < 10) {
			return DIGITS[number];
		}
		var tens = Math.floor(number / 10);
		var ones = number % 10;
		return (tens > 1 ? DIGITS[tens] : '') + '十' + (ones > 0 ? DIGITS[ones] : '');
	}

	function ordinal(level, number) {
		switch (level) {
		case 1: return chinese(number) + '、';
		case 2: return '（' + chinese(number) + '）';
		case 3: return number + '.';
		case 4: return '（' + number + '）';
		default: return '';
		}
	}

	// A line of text as a paragraph: its level read off the ordinal it starts with, the ordinal taken off.
	function parse(line) {
		for (var level = 1; level < ORDINALS.length; level++) {
			var found = ORDINALS[level].exec(line);
			if (found) {
				return { level: level, text: line.slice(found[0].length) };
			}
		}
		return { level: 0, text: line };
	}

	function element(tag, className, text) {
		var made = document.createElement(tag);
		if (className) {
			made.className = className;
		}
		if (text) {
			made.textContent = text;
		}
		return made;
	}

	function iconButton(label, icon, action) {
		var button = element('button', 'btn btn-sm btn-outline-secondary');
		button.type = 'button';
		button.title = label;
		button.dataset.paragraphAction = action;
		button.appendChild(element('i', 'bi ' + icon));
		button.firstChild.setAttribute('aria-hidden', 'true');
		button.appendChild(element('span', 'visually-hidden', label));
		return button;
	}

	function enhance(field) {
		var editor = element('div', 'zs-body-editor');
		var list = element('div', 'zs-paragraphs');
		list.setAttribute('role', 'group');
		list.setAttribute('aria-label', '正文段落');
		var tools = element('div', 'd-flex flex-wrap gap-2 mt-2');
		var add = element('button', 'btn btn-sm btn-outline-secondary', '添加段落');
		add.type = 'button';
		var plain = element('button', 'btn btn-sm btn-link', '按纯文本编辑');
		plain.type = 'button';
		var hint = element('span', 'form-text', '回车另起一段；层级选标题后序号自动编排；粘贴多段文字自动分段。');
		tools.append(add, plain, hint);
		editor.append(list, tools);
		field.after(editor);

		function rows() {
			return Array.prototype.slice.call(list.children);
		}

		function text(row) {
			return row.querySelector('textarea');
		}

		function level(row) {
			return Number(row.querySelector('select').value);
		}

		// Numbers the headings in order, a deeper count starting again under each heading above it; a heading with
		// no text yet shows the number it will take and takes none, so the text never has a gap.
		function renumber() {
			var counts = [0, 0, 0, 0, 0];
			var lines = [];
			rows().forEach(function (row, index) {
				var depth = level(row);
				var words = text(row).value.trim();
				var mark = '';
				if (depth > 0) {
					mark = ordinal(depth, counts[depth] + 1);
					if (words !== '') {
						counts[depth]++;
						for (var deeper = depth + 1; deeper < counts.length; deeper++) {
							counts[deeper] = 0;
						}
					}
				}
				row.querySelector('.zs-ordinal').textContent = mark;
				row.querySelector('select').setAttribute('aria-label', '第' + (index + 1) + '段层级');
				text(row).setAttribute('aria-label', '第' + (index + 1) + '段');
				if (words !== '') {
					lines.push(mark + words);
				}
			});
			field.value = lines.join('\n');
		}

		function row(paragraph) {
			var made = element('div', 'zs-paragraph d-flex gap-2 align-items-start mb-2');
			var choose = element('select', 'form-select form-select-sm zs-paragraph-level');
			LEVELS.forEach(function (name, value) {
				var option = element('option', null, name);
				option.value = String(value);
				choose.appendChild(option);
			});
			choose.value = String(paragraph.level);
			var words = element('textarea', 'form-control form-control-sm zs-paragraph-text');
			words.rows = 1;
			words.value = paragraph.text;
			var moves = element('div', 'btn-group');
			moves.append(iconButton('上移', 'bi-arrow-up', 'up'), iconButton('下移', 'bi-arrow-down', 'down'),
					iconButton('删除本段', 'bi-x-lg', 'remove'));
			made.append(choose, element('span', 'zs-ordinal'), words, moves);
			return made;
		}

		function insertAfter(anchor, paragraphs) {
			var made = paragraphs.map(row);
			if (anchor) {
				anchor.after.apply(anchor, made);
			}
			else {
				list.append.apply(list, made);
			}
			return made;
		}

		function focus(row, caret) {
			var words = text(row);
			words.focus();
			words.setSelectionRange(caret, caret);
		}

		function build() {
			list.replaceChildren();
			var lines = field.value.split('\n').filter(function (line) { return line.trim() !== ''; });
			insertAfter(null, (lines.length > 0 ? lines : ['']).map(function (line) { return parse(line.trim()); }));
			renumber();
		}

		function show(structured) {
			field.classList.toggle('d-none', structured);
			list.classList.toggle('d-none', !structured);
			add.classList.toggle('d-none', !structured);
			hint.classList.toggle('d-none', !structured);
			plain.textContent = structured ? '按纯文本编辑' : '按段落编辑';
			field.required = !structured;
		}

		add.addEventListener('click', function () {
			var made = insertAfter(rows()[rows().length - 1], [{ level: 0, text: '' }])[0];
			renumber();
			focus(made, 0);
		});
		plain.addEventListener('click', function () {
			var structured = field.classList.contains('d-none');
			if (!structured) {
				build();
			}
			show(!structured);
		});
		field.addEventListener('input', function () {
			if (field.classList.contains('d-none')) {
				build();
			}
		});
		// Typing 一、 （一） or （1） at the start of a paragraph of text makes it that heading; 1. is left alone, as
		// it may begin a number such as 1.5. An input method commits its text after its last input event.
		function headingTyped(event) {
			var words = event.target;
			var current = words.closest && words.closest('.zs-paragraph');
			if (current && words.classList.contains('zs-paragraph-text') && level(current) === 0 && !event.isComposing) {
				var typed = parse(words.value);
				if (typed.level > 0 && typed.level !== 3) {
					current.querySelector('select').value = String(typed.level);
					words.value = typed.text;
					words.setSelectionRange(0, 0);
				}
			}
			renumber();
		}
		list.addEventListener('input', headingTyped);
		list.addEventListener('compositionend', headingTyped);
		list.addEventListener('change', renumber);
		list.addEventListener('click', function (event) {
			var button = event.target.closest('[data-paragraph-action]');
			if (!button) {
				return;
			}
			var current = button.closest('.zs-paragraph');
			var action = button.dataset.paragraphAction;
			if (action === 'up' && current.previousElementSibling) {
				current.previousElementSibling.before(current);
			}
			else if (action === 'down' && current.nextElementSibling) {
				current.nextElementSibling.after(current);
			}
			else if (action === 'remove') {
				if (text(current).value.trim() !== '' && !window.confirm('确定删除这一段吗？')) {
					return;
				}
				if (rows().length === 1) {
					insertAfter(current, [{ level: 0, text: '' }]);
				}
				current.remove();
			}
			renumber();
			button.focus();
		});
		list.addEventListener('keydown', function (event) {
			var words = event.target;
			if (!words.classList.contains('zs-paragraph-text') || event.isComposing) {
				return;
			}
			var current = words.closest('.zs-paragraph');
			if (event.key === 'Enter' && !event.shiftKey) {
				event.preventDefault();
				var rest = words.value.slice(words.selectionEnd);
				words.value = words.value.slice(0, words.selectionStart);
				var next = insertAfter(current, [{ level: 0, text: rest }])[0];
				renumber();
				focus(next, 0);
			}
			else if (event.key === 'Backspace' && words.selectionStart === 0 && words.selectionEnd === 0
					&& current.previousElementSibling) {
				event.preventDefault();
				var previous = text(current.previousElementSibling);
				var join = previous.value.length;
				previous.value += words.value;
				var before = current.previousElementSibling;
				current.remove();
				renumber();
				focus(before, join);
			}
		});
		list.addEventListener('paste', function (event) {
			var words = event.target;
			var pasted = event.clipboardData && event.clipboardData.getData('text/plain');
			if (!words.classList.contains('zs-paragraph-text') || !pasted || !/\n/.test(pasted)) {
				return;
			}
			event.preventDefault();
			var lines = pasted.replace(/\r/g, '').split('\n').map(function (line) { return line.trim(); })
				.filter(function (line) { return line !== ''; });
			var rest = words.value.slice(words.selectionEnd);
			var before = words.value.slice(0, words.selectionStart);
			var current = words.closest('.zs-paragraph');
			var line = lines.shift() || '';
			var first = parse(line);
			if (before.trim() === '' && first.level > 0) {
				current.querySelector('select').value = String(first.level);
				words.value = first.text;
			}
			else {
				words.value = before + line;
			}
			var paragraphs = lines.map(parse);
			if (paragraphs.length === 0) {
				paragraphs.push({ level: 0, text: '' });
			}
			var last = paragraphs[paragraphs.length - 1];
			var caret = last.text.length;
			last.text += rest;
			var made = insertAfter(current, paragraphs);
			renumber();
			focus(made[made.length - 1], caret);
		});

		build();
		show(true);
	}

	document.querySelectorAll('textarea[data-structured-body]').forEach(enhance);
})();
