package org.zhongshu.supervision;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhongshu.platform.RefusedException;

/**
 * The holiday calendar in the browser, kept by the 督查室: a year's holidays and worked
 * weekend days, a holiday entered from one day to another, a 调休 day, a day removed.
 */
@Controller
@RequestMapping("/supervision/calendar")
@PreAuthorize(SupervisionPage.SUPERVISORS)
class CalendarPage {

	private final HolidayCalendar calendar;

	private final Clock clock;

	CalendarPage(HolidayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = (year != null && year >= 2000 && year <= 2100) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.calendar.year(shown));
		return "supervision/calendar";
	}

	@PostMapping("/holidays")
	String holiday(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			if (from == null) {
				throw new RefusedException("请填写放假的开始日期");
			}
			this.calendar.holiday(from, (to != null) ? to : from, name);
			redirect.addFlashAttribute("message", "已登记放假");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/supervision/calendar?year="
				+ ((from != null) ? from.getYear() : LocalDate.now(this.clock).getYear());
	}

	@PostMapping("/workdays")
	String workday(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		try {
			if (day == null) {
				throw new RefusedException("请填写调休上班的日期");
			}
			this.calendar.workday(day, name);
			redirect.addFlashAttribute("message", "已登记调休上班");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/supervision/calendar?year="
				+ ((day != null) ? day.getYear() : LocalDate.now(this.clock).getYear());
	}

	@PostMapping("/{day}/delete")
	String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		this.calendar.remove(day);
		redirect.addFlashAttribute("message", "已删除 " + day);
		return "redirect:/supervision/calendar?year=" + day.getYear();
	}

}
